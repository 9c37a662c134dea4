"""Measure 5 of the surface benchmark (benchmarks/bench_surface.py): a walk with no model through a running
discovery server, every operation searched, described, called and checked by the mock upstream.
"""

from __future__ import annotations

import re
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import _common as c
from shared import SPECS, WALK_APIS, WALK_REACHED, Api, Run, operation_query, pct, verdict
from test_real_specs import CASES

from mcpgen.surface import route_call
from mcpgen.surface.meta import DESCRIBE, SEARCH

# --- 5. walk through a running discovery server ---------------------------------------------------


@dataclass
class Walk:
    case: str
    operations: int = 0
    found: int = 0
    called_ok: int = 0
    reached: int = 0
    failures: Counter[str] = field(default_factory=Counter)
    examples: dict[str, list[str]] = field(default_factory=dict)
    seconds: float = 0.0

    def fail(self, kind: str, text: str) -> None:
        self.failures[kind] += 1
        self.examples.setdefault(kind, [])
        if len(self.examples[kind]) < 8:
            self.examples[kind].append(text[:400])


def walk_api(case: str, budget: float, timeout: float) -> Walk:
    from mcpgen.conformance.arguments import examples
    from mcpgen.conformance.checks import initialize
    from mcpgen.conformance.runner import CheckOptions, _server_env, load_plan
    from mcpgen.conformance.upstream import MockUpstream
    from mcpgen.conformance.wire import StdioSession, WireError

    api = Api(case, CASES[case])
    walk = Walk(case)
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix=f"bench-walk-{case}-") as tmp:
        out = Path(tmp) / "package"
        cmd = [*c.mcpgen_command(), "build", str(api.path), "--surface", "discovery", "-o", str(out), "--quiet"]
        for root in api.config().allow_ref_roots:
            cmd += ["--allow-ref-root", root]
        c.run(cmd, timeout=600)
        plan = load_plan(out)
        tools = list(plan.service.tools)
        walk.operations = len(tools)
        with MockUpstream(plan, hang_seconds=5) as upstream:
            env = _server_env(plan, upstream, CheckOptions(upstream_timeout=10), out)
            command = [sys.executable, "-m", plan.package.import_name]
            session: StdioSession | None = None

            def open_session() -> StdioSession:
                opened = StdioSession(command, env, cwd=tmp, timeout=timeout).start()
                initialize(opened)
                return opened

            def call(name: str, arguments: dict[str, Any]) -> dict[str, Any]:
                nonlocal session
                if session is None:
                    session = open_session()
                reply = session.request("tools/call", {"name": name, "arguments": arguments})
                if reply.error is not None:
                    raise WireError(f"JSON-RPC error {reply.error}")
                return reply.result

            try:
                for tool in tools:
                    if time.monotonic() - started > budget:
                        walk.fail("out of time", tool.name)
                        continue
                    try:
                        result = call(SEARCH, {"query": operation_query(tool)})
                        names = [r["name"] for r in (result.get("structuredContent") or {}).get("results", [])]
                        found = tool.name in names
                        walk.found += found
                        if not found:
                            walk.fail("search miss", f"{tool.name}: {operation_query(tool)[:120]!r} -> {names}")
                        described = call(DESCRIBE, {"name": tool.name})
                        schema = (described.get("structuredContent") or {}).get("inputSchema")
                        if described.get("isError") or not isinstance(schema, dict):
                            walk.fail("describe failed", f"{tool.name}: {str(described)[:200]}")
                            continue
                        drawn = examples(schema, 1)
                        if not drawn:
                            walk.fail("no valid arguments drawn", tool.name)
                            continue
                        caller, arguments = route_call(plan.surface, tool, drawn[0])
                        upstream.mode = "ok"
                        upstream.take()
                        result = call(caller, arguments)
                        records = upstream.take()
                    except Exception as exc:  # the server stopped or answered nonsense: start a fresh one
                        kind = "transport" if isinstance(exc, WireError) else f"harness: {type(exc).__name__}"
                        stderr = session.stderr[-300:] if session else ""
                        walk.fail(kind, f"{tool.name}: {exc}; server stderr: {stderr}")
                        if session is not None:
                            session.close()
                            session = None
                        continue
                    text = " ".join(str(p.get("text", "")) for p in result.get("content", []))
                    if result.get("isError"):
                        walk.fail("error result", f"{tool.name} {drawn[0]}: {text[:200]}")
                    elif len(records) != 1:
                        walk.fail("not one request", f"{tool.name}: {len(records)} requests")
                    elif records[0].tool != tool.name:
                        walk.fail(
                            "matched another operation",
                            f"{tool.name}: {records[0].method} {records[0].path} -> {records[0].tool}",
                        )
                    elif records[0].problems:
                        kind = re.sub(r"'[^']*'", "'..'", records[0].problems[0])[:60]
                        walk.fail(f"request: {kind}", f"{tool.name} {drawn[0]}: {'; '.join(records[0].problems)}")
                    else:
                        walk.called_ok += 1
                        walk.reached += found
            finally:
                if session is not None:
                    session.close()
    walk.seconds = time.monotonic() - started
    return walk


def walk_all(run: Run, budget: float, timeout: float) -> None:
    rows, data, all_ok = [], {}, True
    for case in WALK_APIS:
        if not (SPECS / CASES[case]).exists():
            rows.append([case, "(absent)", *[""] * 6])
            continue
        c.log(f"walk {case}")
        walk = walk_api(case, budget, timeout)
        ok = walk.operations > 0 and walk.reached / walk.operations >= WALK_REACHED
        all_ok &= ok
        rows.append(
            [
                case,
                walk.operations,
                pct(walk.found, walk.operations),
                pct(walk.called_ok, walk.operations),
                pct(walk.reached, walk.operations),
                f"{walk.seconds:.0f} s",
                ", ".join(f"{k} {v}" for k, v in walk.failures.most_common()) or "-",
                verdict(ok),
            ]
        )
        data[case] = {
            "operations": walk.operations,
            "found": walk.found,
            "called_ok": walk.called_ok,
            "reached": walk.reached,
            "failures": dict(walk.failures),
            "examples": walk.examples,
            "seconds": walk.seconds,
        }
    run.target(
        "walk",
        f"operations reached >= {WALK_REACHED:.0%} per API",
        ", ".join(f"{r[0]} {r[4]}" for r in rows if r[-1] in ("PASS", "FAIL")),
        all_ok and bool(rows),
    )
    run.show(
        "walk",
        f"5. walk: search -> describe -> call through a running discovery server and MockUpstream; target: "
        f"reached >= {WALK_REACHED:.0%}",
        ["API", "ops", "found (top 5)", "call ok", "reached", "time", "failures", "result"],
        rows,
        "found: in search_operations' results (default limit 5); call ok: one request, matched to the operation, "
        "no problems, no error result (whether or not search found it); reached: both. Servers run by this Python "
        "with PYTHONPATH=<package>/src; requests checked against the IR (MockUpstream without the description)",
    )
    for case, found in data.items():
        for kind, texts in found["examples"].items():
            for text in texts[:3]:
                print(f"   {case} {kind}: {text[:200]}")
    run.data["walk"] = data
