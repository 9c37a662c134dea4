"""Runtime cost of the server mcpgen generates for GitHub's REST API, against a hand-written one.

    python benchmarks/bench_server.py [--runs 5] [--calls 300]

Builds GitHub's description with `mcpgen build`, installs the package into a virtual environment
under benchmarks/.cache (`venv-server`: mcp, httpx, jsonschema, uvicorn, anyio; never mcpgen), and
compares it with `handwritten_server.py` (one `MCPServer` tool doing the same HTTP GET), both over
stdio, both started by the same Python:

  (a) start-up: spawn, `initialize`, then `tools/list` until the last page (all 1,223 tools for
      mcpgen's server, one tool for the baseline); median of --runs; target within 1.5x.
  (b) `tools/call` latency of `gitignore_get-template` (GET /gitignore/templates/{name}) against a
      local upstream on 127.0.0.1 (`upstream.py`) answering a small canned JSON that is valid for
      the tool's output schema; --calls sequential calls per server, alternating between the two
      servers; median and p95; target: median within 1.5x.
  (c) the size of each `tools/list` message on the wire (a raw JSON-RPC line over stdio): largest
      (must be under 1 MB, the official client's limit for one event) and total.

Exit status: 0 when every target is met, 1 when one is missed.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import re
import select
import subprocess
import sys
import time
from collections.abc import Awaitable, Iterator
from contextlib import AsyncExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import _common as c
import anyio
from anyio.streams.buffered import BufferedByteReceiveStream
from mcp import Client, StdioServerParameters

TOOL = "gitignore_get-template"
ARGS = {"name": "Python"}
EXPECTED = {"name": "Python", "source": "*.pyc\n__pycache__/\n.venv/\n"}  # see upstream.py
MAX_MESSAGE = 1_000_000
SECRET_WORDS = ("TOKEN", "KEY", "PASSWORD", "SECRET", "CLIENT_ID", "USERNAME")
T = TypeVar("T")


@dataclass
class Server:
    name: str
    command: list[str]
    env: dict[str, str]
    cwd: Path
    import_check: str = ""
    """Python code importing the server, for `-X importtime`."""
    startup: list[dict[str, float]] = field(default_factory=list)
    calls: list[float] = field(default_factory=list)
    messages: list[int] = field(default_factory=list)
    tools: int = 0

    def params(self) -> StdioServerParameters:
        return StdioServerParameters(command=self.command[0], args=self.command[1:], env=self.env, cwd=self.cwd)


async def bounded(seconds: float, what: str, awaitable: Awaitable[T]) -> T:
    """Every wait has a deadline; a missed one names what was being waited for."""
    try:
        with anyio.fail_after(seconds):
            return await awaitable
    except TimeoutError:
        raise SystemExit(f"timed out after {seconds:.0f} s: {what}") from None


@contextmanager
def deadline(seconds: float, what: str) -> Iterator[None]:
    """A deadline for a block that enters and leaves a client (task groups inside)."""
    try:
        with anyio.fail_after(seconds):
            yield
    except TimeoutError:
        raise SystemExit(f"timed out after {seconds:.0f} s: {what}") from None


async def list_all(client: Client, timeout: float) -> tuple[list[Any], float]:
    """Every tool, following cursors; also the time until the first page arrived."""
    tools: list[Any] = []
    cursor, first, started = None, 0.0, time.perf_counter()
    while True:
        page = await bounded(timeout, "tools/list", client.list_tools(cursor=cursor))
        first = first or time.perf_counter() - started
        tools.extend(page.tools)
        cursor = page.next_cursor
        if cursor is None:
            return tools, first


# --- (a) start-up -----------------------------------------------------------------------------


async def start_up(server: Server, timeout: float) -> dict[str, float]:
    started = time.perf_counter()
    # The deadline wraps the whole `async with`: the client's task group must not outlive a scope.
    with deadline(timeout * 2, f"{server.name}: start, initialize, list"):
        async with Client(server.params(), mode="legacy") as client:
            initialized = time.perf_counter() - started
            tools, first = await list_all(client, timeout)
            listed = time.perf_counter() - started
    server.tools = len(tools)
    return {"initialize": initialized, "first_page": initialized + first, "all_pages": listed}


# --- (b) tools/call latency -------------------------------------------------------------------


async def call_latency(servers: list[Server], calls: int, warmup: int, timeout: float) -> None:
    budget = timeout * 2 * len(servers) + (warmup + calls) * len(servers) * 0.5
    with deadline(budget, "tools/call latency"):
        async with AsyncExitStack() as stack:
            clients = []
            for server in servers:
                client = await stack.enter_async_context(Client(server.params(), mode="legacy"))
                # A full listing fills the client's output-schema cache; without it the SDK client
                # re-lists (first page only) before validating every result.
                await list_all(client, timeout)
                result = await bounded(timeout, f"{server.name}: {TOOL}", client.call_tool(TOOL, ARGS))
                if result.is_error or result.structured_content != EXPECTED:
                    raise SystemExit(f"{server.name}: unexpected result from {TOOL}: {result}")
                clients.append(client)
            for i in range(warmup + calls):
                for server, client in zip(servers, clients, strict=True):
                    started = time.perf_counter()
                    result = await bounded(timeout, f"{server.name}: {TOOL}", client.call_tool(TOOL, ARGS))
                    elapsed = time.perf_counter() - started
                    if result.is_error:
                        raise SystemExit(f"{server.name}: {TOOL} failed: {result}")
                    if i >= warmup:
                        server.calls.append(elapsed)


async def call_without_listing(server: Server, calls: int, timeout: float) -> list[float]:
    """Latency when the client listed only the first page (as many clients do)."""
    times = []
    # The SDK warns once per such call ("not listed by server, cannot validate"): expected here.
    logging.getLogger("client").setLevel(logging.ERROR)  # mcp.client.session's logger
    with deadline(timeout * (2 + calls), f"{server.name}: calls without a full listing"):
        async with Client(server.params(), mode="legacy") as client:
            await bounded(timeout, "tools/list", client.list_tools())
            for _ in range(calls):
                started = time.perf_counter()
                await bounded(timeout, f"{server.name}: {TOOL}", client.call_tool(TOOL, ARGS))
                times.append(time.perf_counter() - started)
    return times


# --- (c) message sizes on the wire ------------------------------------------------------------


async def wire_sizes(server: Server, timeout: float) -> list[int]:
    """Byte length of each `tools/list` response line, from a raw JSON-RPC exchange over stdio."""
    env = {**os.environ, **server.env}
    process = await anyio.open_process(server.command, env=env, cwd=server.cwd, stderr=subprocess.DEVNULL)
    assert process.stdin is not None and process.stdout is not None
    reader = BufferedByteReceiveStream(process.stdout)
    sizes: list[int] = []

    async def send(message: dict[str, Any]) -> None:
        await process.stdin.send(json.dumps(message).encode() + b"\n")

    async def receive(request_id: int) -> tuple[dict[str, Any], int]:
        while True:
            line = await bounded(
                timeout,
                f"{server.name}: response {request_id}",
                reader.receive_until(b"\n", 64 * 2**20),
            )
            message = json.loads(line)
            if message.get("id") == request_id:
                return message, len(line) + 1

    try:
        await send(
            {
                "jsonrpc": "2.0",
                "id": 0,
                "method": "initialize",
                "params": {
                    "protocolVersion": "2025-11-25",
                    "capabilities": {},
                    "clientInfo": {"name": "bench", "version": "0"},
                },
            }
        )
        await receive(0)
        await send({"jsonrpc": "2.0", "method": "notifications/initialized"})
        cursor, request_id = None, 1
        while True:
            params = {"cursor": cursor} if cursor else {}
            await send({"jsonrpc": "2.0", "id": request_id, "method": "tools/list", "params": params})
            message, size = await receive(request_id)
            if "error" in message:
                raise SystemExit(f"{server.name}: tools/list failed: {message['error']}")
            sizes.append(size)
            cursor = message["result"].get("nextCursor")
            request_id += 1
            if not cursor:
                return sizes
    finally:
        await process.stdin.aclose()
        with anyio.move_on_after(5):
            await process.wait()
        if process.returncode is None:
            process.kill()
            await process.wait()


# --- set-up -----------------------------------------------------------------------------------


def build_and_install(spec: Path, python: Path) -> tuple[str, str, Path]:
    """Build the spec and pip-install the package; returns (import name, env prefix, folder)."""
    out = c.fresh_dir(c.CACHE / "server-build" / "github")
    c.log(f"mcpgen build {spec.name} -o {out}")
    c.run([*c.mcpgen_command(), "build", str(spec), "-o", str(out), "--surface", "tools", "--quiet"])
    package = next(out.glob("src/*/tools.json")).parent.name
    example = (out / ".env.example").read_text(encoding="utf-8")
    match = re.search(r"^([A-Z0-9_]+)_BASE_URL=", example, re.MULTILINE)
    if match is None:
        raise SystemExit(f"no *_BASE_URL in {out / '.env.example'}")
    c.install_package(python, out)
    return package, match.group(1), out


def server_env(prefix: str, out: Path, base_url: str) -> dict[str, str]:
    env = {f"{prefix}_BASE_URL": base_url, "LOG_LEVEL": "warning"}
    example = (out / ".env.example").read_text(encoding="utf-8")
    for name in re.findall(r"^([A-Z0-9_]+)=", example, re.MULTILINE):
        if any(word in name for word in SECRET_WORDS):
            env[name] = "dummy-value"
    return env


def start_upstream(python: Path, max_seconds: float) -> tuple[subprocess.Popen[str], int]:
    """Start `upstream.py`; its stderr (the count of requests served) goes to upstream.log."""
    with open(c.CACHE / "upstream.log", "w", encoding="utf-8") as log:
        process = subprocess.Popen(
            [str(python), str(c.HERE / "upstream.py"), "--max-seconds", str(max_seconds)],
            stdout=subprocess.PIPE,
            stderr=log,
            text=True,
        )
    assert process.stdout is not None
    ready, _, _ = select.select([process.stdout], [], [], 30)
    line = process.stdout.readline().strip() if ready else "(nothing within 30 s)"
    if not line.isdigit():
        c.stop(process)
        raise SystemExit(f"the upstream did not start: {line!r}")
    return process, int(line)


def import_profile(python: Path, server: Server, top: int) -> list[str]:
    """`python -X importtime`: the imports with the largest cumulative time."""
    cmd = [str(python), "-X", "importtime", "-c", server.import_check]
    done = subprocess.run(cmd, capture_output=True, text=True, check=False, timeout=120, cwd=server.cwd)
    rows = []
    for line in done.stderr.splitlines():
        parts = line.removeprefix("import time:").split("|")
        if len(parts) == 3 and parts[1].strip().isdigit():
            rows.append((int(parts[1]), int(parts[0]), parts[2].rstrip()))
    rows.sort(reverse=True)
    return [f"{cum / 1000:8.1f} ms cumulative {own / 1000:7.1f} ms own  {name}" for cum, own, name in rows[:top]]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5, help="start-ups per server (median; default 5)")
    parser.add_argument("--calls", type=int, default=300, help="timed tools/call per server (default 300)")
    parser.add_argument("--warmup", type=int, default=20, help="untimed calls first (default 20)")
    parser.add_argument("--spec", help="description file (default: GitHub's, from npm @octokit/openapi)")
    parser.add_argument("--timeout", type=float, default=60, help="seconds allowed for any one wait")
    parser.add_argument("--importtime", action="store_true", help="also print each server's slowest imports")
    args = parser.parse_args(argv)

    spec = c.github_spec(args.spec)
    python = c.ensure_venv("venv-server", c.SERVER_REQUIREMENTS)
    package, prefix, out = build_and_install(spec, python)
    upstream, port = start_upstream(python, max_seconds=1800)
    base_url = f"http://127.0.0.1:{port}"
    try:
        generated = Server(
            "mcpgen",
            [str(python), "-m", package],
            server_env(prefix, out, base_url),
            c.CACHE,
            f"import {package}.server, {package}.app",
        )
        baseline = Server(
            "hand-written",
            [str(python), str(c.HERE / "handwritten_server.py")],
            {"HANDWRITTEN_BASE_URL": base_url},
            c.HERE,
            "import handwritten_server",
        )
        servers = [generated, baseline]
        c.log(f"upstream on {base_url}; {package} with {prefix}_BASE_URL")

        for server in servers:  # untimed: warms the page cache and compiles the baseline
            anyio.run(start_up, server, args.timeout)
        for i in range(args.runs):
            for server in servers:
                server.startup.append(anyio.run(start_up, server, args.timeout))
                c.log(f"start-up {i + 1}/{args.runs}: {server.name} {server.startup[-1]['all_pages']:.3f} s")
        c.log(f"tools/call: {args.warmup} + {args.calls} calls per server")
        anyio.run(call_latency, servers, args.calls, args.warmup, args.timeout)
        no_listing = anyio.run(call_without_listing, generated, min(50, args.calls), args.timeout)
        for server in servers:
            server.messages = anyio.run(wire_sizes, server, args.timeout)
    finally:
        c.stop(upstream)
    served = (c.CACHE / "upstream.log").read_text(encoding="utf-8").strip()

    rows: list[list[str]] = []
    failed = False

    def row(label: str, a: float, b: float, unit: str, limit: float | None = None) -> None:
        """One measure: mcpgen's value, the baseline's, their ratio, and the target if any."""
        nonlocal failed
        shown = {"ms": lambda v: f"{v * 1000:.2f} ms", "B": lambda v: f"{v:,.0f} B"}[unit]
        result = "-" if limit is None else ("PASS" if a / b <= limit else "FAIL")
        failed |= result == "FAIL"
        target = "-" if limit is None else f"<= {limit}x"
        rows.append([label, shown(a), shown(b), f"{a / b:.2f}x", target, result])

    for key, label, limit in (
        ("initialize", "(a) start -> initialize answered", None),
        ("first_page", "(a) start -> first tools/list page", None),
        ("all_pages", "(a) start -> last tools/list page", 1.5),
    ):
        a = c.median(s[key] for s in generated.startup)
        b = c.median(s[key] for s in baseline.startup)
        row(label, a, b, "ms", limit)
    for label, q, limit in (("median", 50, 1.5), ("p95", 95, None), ("p99", 99, None), ("max", 100, None)):
        row(f"(b) tools/call {label}", c.percentile(generated.calls, q), c.percentile(baseline.calls, q), "ms", limit)
    big = max(generated.messages)
    row("(c) largest tools/list message", big, max(baseline.messages), "B")
    rows[-1][4:] = ["< 1,000,000 B", "PASS" if big < MAX_MESSAGE else "FAIL"]
    failed |= big >= MAX_MESSAGE
    row("(c) total tools/list bytes", sum(generated.messages), sum(baseline.messages), "B")
    rows.append(
        [
            "(c) tools / tools/list messages",
            f"{generated.tools} / {len(generated.messages)}",
            f"{baseline.tools} / {len(baseline.messages)}",
            "",
            "-",
            "-",
        ]
    )

    print(f"\nmcpgen server benchmark: {package} from {spec.name}, stdio; {c.machine()}")
    print(
        f"start-up: median of {args.runs}; tools/call: {args.calls} calls per server after "
        f"{args.warmup} warm-up, alternating; upstream {served}"
    )
    print(table := c.table(["measure", "mcpgen", "hand-written", "ratio", "target", "result"], rows))
    informational = (
        f"tools/call when the client listed only page 1 ({len(no_listing)} calls, mcpgen server): "
        f"median {c.median(no_listing) * 1000:.1f} ms (the SDK client re-lists page 1 before "
        f"validating each result of a tool it has not seen)"
    )
    print(f"\ninfo: {informational}")
    profiles = {}
    if args.importtime:
        for server in servers:
            profiles[server.name] = import_profile(python, server, 15)
            print(f"\nslowest imports, {server.name} ({server.import_check}):")
            for line in profiles[server.name]:
                print(f"  {line}")
    saved = c.save_results(
        "server",
        {
            "spec": str(spec),
            "package": package,
            "machine": c.machine(),
            "table": table,
            "info": informational,
            "servers": {
                s.name: {
                    "startup": s.startup,
                    "calls": s.calls,
                    "messages": s.messages,
                    "tools": s.tools,
                }
                for s in servers
            },
            "no_listing_calls": no_listing,
            "importtime": profiles,
        },
    )
    print(f"\nresults: {saved}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
