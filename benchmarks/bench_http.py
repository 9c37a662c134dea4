"""Issue 13's HTTP targets: a generated server (caller auth and metrics on) against a hand-written one-tool
`mcp` server, one replica and two behind nginx, everything on 127.0.0.1.

    python benchmarks/bench_http.py [--runs 10] [--calls 500] [--concurrency 16] [--lb-calls 10000] [--seconds 10]

The generated server is the golden bookshop package (`golden/bookshop-3.0/package/src`, run with the Python
that runs this script) with `BOOKSHOP_AUTH_MODE=static`, `/metrics` on and `--stateless --json-response`;
the baseline is `handwritten_http_server.py` (the same GET with httpx, stateless, JSON responses). Both call
`upstream.py`. The load generator is a bounded asyncio client (httpx, one connection per worker) sending
`tools/call listBooks` as JSON-RPC POSTs; every answer is checked (HTTP 200, no `isError`).

| Measure | Target |
|---|---|
| throughput, closed loop at `--concurrency`: median of the rounds' ratios (servers alternate) | generated >= 0.8x |
| p50 latency, one call at a time: median of the rounds' ratios | generated <= 1.25x baseline |
| p99 latency in an open loop at half the generated server's maximum throughput | < 50 ms |
| two replicas behind nginx, `--lb-calls` calls | no failed call |
| the same, one replica killed (SIGKILL) a third of the way | failures only among calls in flight; survivor serves |

nginx comes from the system packages (`apt-get install nginx-light`); without it the load-balancer rows are
skipped and say so. Exit 0 when every measured target is met, 1 otherwise.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import ROOT, log, machine, median, percentile, save_results, table

HERE = Path(__file__).resolve().parent
GOLDEN = ROOT / "golden" / "bookshop-3.0" / "package"
TOKEN = "bench-token-7f3a"
CALL = b'{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"listBooks","arguments":{}}}'
HEADERS = {"Accept": "application/json, text/event-stream", "Content-Type": "application/json",
           "MCP-Protocol-Version": "2025-06-18"}  # fmt: skip


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def process(argv: list[str], env: dict[str, str], ready: str | None, log_file: Path) -> Iterator[subprocess.Popen]:
    with log_file.open("ab") as sink:
        proc = subprocess.Popen(argv, env={**os.environ, **env}, stdout=sink, stderr=sink, start_new_session=True)
    try:
        deadline = time.monotonic() + 60
        while ready:
            if proc.poll() is not None:
                raise SystemExit(f"{argv[:3]} exited early: {log_file.read_text()[-1500:]}")
            try:
                httpx.get(ready, timeout=1)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline:
                    raise SystemExit(f"{ready} did not answer") from None
                time.sleep(0.1)
        yield proc
    finally:
        for sig in (signal.SIGTERM, signal.SIGKILL):
            if proc.poll() is not None:
                break
            try:
                os.killpg(proc.pid, sig)
            except ProcessLookupError:
                break
            try:
                proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                continue


@contextmanager
def upstream(work: Path) -> Iterator[str]:
    proc = subprocess.Popen([sys.executable, str(HERE / "upstream.py"), "--max-seconds", "3600"],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, start_new_session=True)  # fmt: skip
    try:
        port = int(proc.stdout.readline())  # type: ignore[union-attr]
        yield f"http://127.0.0.1:{port}"
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=10)


@contextmanager
def generated(api: str, work: Path, name: str) -> Iterator[tuple[str, subprocess.Popen]]:
    port = free_port()
    env = {"PYTHONPATH": str(GOLDEN / "src"), "BOOKSHOP_BASE_URL": f"{api}/v1", "BOOKSHOP_API_KEY_HEADER": "k",
           "BOOKSHOP_AUTH_MODE": "static", "BOOKSHOP_AUTH_TOKENS": f"bench:{TOKEN}",
           "BOOKSHOP_MAX_RETRIES": "0"}  # fmt: skip
    argv = [sys.executable, "-m", "bookshop_mcp", "--transport", "http", "--port", str(port), "--stateless",
            "--json-response"]  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    with process(argv, env, base + "/healthz", work / f"{name}.log") as proc:
        yield base, proc


@contextmanager
def handwritten(api: str, work: Path) -> Iterator[str]:
    port = free_port()
    argv = [sys.executable, str(HERE / "handwritten_http_server.py"), "--port", str(port)]
    base = f"http://127.0.0.1:{port}"
    env = {"HANDWRITTEN_BASE_URL": api}
    with process(argv, env, None, work / "handwritten.log"):
        deadline = time.monotonic() + 60
        while True:  # the SDK's app has no /healthz: wait for /mcp to answer anything
            try:
                httpx.post(base + "/mcp", content=CALL, headers=HEADERS, timeout=5)
                break
            except httpx.ConnectError:
                if time.monotonic() > deadline:
                    raise SystemExit("the hand-written server did not start") from None
                time.sleep(0.1)
        yield base


# -- load -------------------------------------------------------------------------------------------------


class Outcome:
    def __init__(self) -> None:
        self.latencies: list[float] = []
        self.failures = 0
        self.elapsed = 0.0

    @property
    def throughput(self) -> float:
        return len(self.latencies) / self.elapsed if self.elapsed else 0.0


async def _one(client: httpx.AsyncClient, url: str, headers: dict[str, str], out: Outcome) -> None:
    started = time.perf_counter()
    try:
        response = await client.post(url, content=CALL, headers=headers)
        ok = response.status_code == 200 and b'"isError":true' not in response.content
    except httpx.HTTPError:
        ok = False
    if ok:
        out.latencies.append(time.perf_counter() - started)
    else:
        out.failures += 1


async def closed_loop(base: str, token: str | None, concurrency: int, calls: int, on_progress: Any = None) -> Outcome:
    headers = {**HEADERS, **({"Authorization": f"Bearer {token}"} if token else {})}
    out = Outcome()
    remaining = calls
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(timeout=30, limits=limits) as client:

        async def worker() -> None:
            nonlocal remaining
            while remaining > 0:
                remaining -= 1
                await _one(client, base + "/mcp", headers, out)
                if on_progress is not None:
                    on_progress(len(out.latencies) + out.failures)

        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        out.elapsed = time.perf_counter() - started
    return out


async def open_loop(base: str, token: str | None, rate: float, seconds: float) -> Outcome:
    """Calls started at a fixed rate, whatever the answers' pace (latency includes any queueing)."""
    headers = {**HEADERS, **({"Authorization": f"Bearer {token}"} if token else {})}
    out = Outcome()
    limits = httpx.Limits(max_connections=256, max_keepalive_connections=64)
    async with httpx.AsyncClient(timeout=30, limits=limits) as client:
        tasks = []
        started = time.perf_counter()
        for number in range(int(rate * seconds)):
            delay = started + number / rate - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
            tasks.append(asyncio.create_task(_one(client, base + "/mcp", headers, out)))
        await asyncio.gather(*tasks)
        out.elapsed = time.perf_counter() - started
    return out


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.2f}"


# -- load balancer ----------------------------------------------------------------------------------------


@contextmanager
def nginx(work: Path, replicas: list[str]) -> Iterator[str]:
    binary = shutil.which("nginx") or "/usr/sbin/nginx"
    listen = free_port()
    config = (GOLDEN / "deploy" / "nginx.conf").read_text().replace("127.0.0.1:8080", f"127.0.0.1:{listen}")
    for default, base in zip((8001, 8002), replicas, strict=True):
        config = config.replace(f"127.0.0.1:{default}", base.removeprefix("http://"))
    conf = work / "nginx.conf"
    conf.write_text(config)
    (work / "nginx-tmp").mkdir(exist_ok=True)
    argv = [binary, "-p", str(work), "-c", str(conf), "-e", "stderr"]
    with process(argv, {}, f"http://127.0.0.1:{listen}/healthz", work / "nginx.log"):
        yield f"http://127.0.0.1:{listen}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--calls", type=int, default=500, help="calls per server in each throughput round")
    parser.add_argument("--runs", type=int, default=10, help="throughput rounds")
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--latency-calls", type=int, default=100, help="sequential calls per server and round")
    parser.add_argument("--seconds", type=float, default=10, help="length of the open-loop run")
    parser.add_argument("--lb-calls", type=int, default=10000)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-http-"))
    log(f"{machine()}; logs in {work}")
    rows, results, passed = [], {}, True
    with upstream(work) as api, generated(api, work, "generated") as (gen, _), handwritten(api, work) as hand:
        servers = {"generated": (gen, TOKEN), "handwritten": (hand, None)}
        for base, token in servers.values():  # warm-up
            asyncio.run(closed_loop(base, token, args.concurrency, 300))
        throughput: dict[str, list[float]] = {k: [] for k in servers}
        ratios, failures = [], 0
        for run in range(args.runs):  # short alternating rounds: the machine's other load hits both alike
            for name, (base, token) in servers.items():
                out = asyncio.run(closed_loop(base, token, args.concurrency, args.calls))
                throughput[name].append(out.throughput)
                failures += out.failures
            ratios.append(throughput["generated"][-1] / throughput["handwritten"][-1])
            log(f"round {run + 1}: generated {throughput['generated'][-1]:.0f} calls/s, hand-written "
                f"{throughput['handwritten'][-1]:.0f} calls/s, ratio {ratios[-1]:.2f}")  # fmt: skip
        single: dict[str, list[float]] = {k: [] for k in servers}
        p50_ratios = []
        for _ in range(args.runs):  # one call at a time, in alternating rounds too
            p50 = {}
            for name, (base, token) in servers.items():
                out = asyncio.run(closed_loop(base, token, 1, args.latency_calls))
                single[name] += out.latencies
                p50[name] = percentile(out.latencies, 50)
                failures += out.failures
            p50_ratios.append(p50["generated"] / p50["handwritten"])
        gen_tp, hand_tp = median(throughput["generated"]), median(throughput["handwritten"])
        gen_p50, hand_p50 = percentile(single["generated"], 50), percentile(single["handwritten"], 50)
        half = asyncio.run(open_loop(gen, TOKEN, gen_tp / 2, args.seconds))
        p99 = percentile(half.latencies, 99)
        checks = [
            ("throughput (calls/s, median)", f"{gen_tp:.0f}", f"{hand_tp:.0f}", f"{median(ratios):.2f}x", ">= 0.8x",
             median(ratios) >= 0.8),
            ("p50 latency, one at a time (ms)", ms(gen_p50), ms(hand_p50), f"{median(p50_ratios):.2f}x", "<= 1.25x",
             median(p50_ratios) <= 1.25),
            (f"p99 at {gen_tp / 2:.0f} calls/s (ms)", ms(p99), "", "", "< 50 ms", p99 < 0.050 and not half.failures),
            ("failed calls", str(failures + half.failures), "", "", "0", failures + half.failures == 0),
        ]  # fmt: skip
        results.update(throughput=throughput, throughput_ratios=ratios,
                       p50={k: percentile(v, 50) for k, v in single.items()}, p50_ratios=p50_ratios,
                       p95={k: percentile(v, 95) for k, v in single.items()}, p99_half_load=p99,
                       half_load_rate=gen_tp / 2)  # fmt: skip
        binary = shutil.which("nginx") or ("/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None)
        if binary is None:
            checks.append(("two replicas behind nginx", "skipped: nginx is not installed", "", "", "", True))
        else:
            with (
                generated(api, work, "replica-1") as (one, first),
                generated(api, work, "replica-2") as (two, _),
                nginx(work, [one, two]) as lb,
            ):
                out = asyncio.run(closed_loop(lb, TOKEN, args.concurrency, args.lb_calls))
                checks.append((f"2 replicas, {args.lb_calls} calls: failed", str(out.failures),
                               f"{out.throughput:.0f} calls/s", "", "0", out.failures == 0))  # fmt: skip
                killed: dict[str, Any] = {}

                def progress(done: int) -> None:
                    if not killed and done >= args.lb_calls // 3:
                        killed["at"] = done
                        os.killpg(first.pid, signal.SIGKILL)

                out = asyncio.run(closed_loop(lb, TOKEN, args.concurrency, args.lb_calls, progress))
                survivor = asyncio.run(closed_loop(lb, TOKEN, 4, 200))
                ok = out.failures <= args.concurrency and survivor.failures == 0
                checks.append((f"replica killed after {killed.get('at')} calls: failed", str(out.failures),
                               f"{len(out.latencies)} served", f"<= {args.concurrency} in flight",
                               "only in-flight", ok))  # fmt: skip
                results.update(lb_killed_failures=out.failures, lb_survivor_failures=survivor.failures)
    for name, generated_value, baseline, ratio, target, ok in checks:
        rows.append([name, generated_value, baseline, ratio, target, "PASS" if ok else "FAIL"])
        passed &= ok
    print(table(["measure", "generated", "hand-written", "ratio", "target", ""], rows))
    path = save_results("http", {"machine": machine(), "args": vars(args), **results,
                                 "rows": rows})  # fmt: skip
    log(f"results: {path}")
    sys.exit(0 if passed else 1)


if __name__ == "__main__":
    main()
