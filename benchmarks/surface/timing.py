"""Measures 6 to 8 of the surface benchmark (benchmarks/bench_surface.py): search latency and index size, the
Graph full build, and a discovery server's start-up against a one-tool server.
"""

from __future__ import annotations

import json
import re
import resource
import subprocess
import time
from pathlib import Path

import _common as c
import yaml
from shared import (
    BUILD_RSS,
    BUILD_SECONDS,
    INDEX_SHARE,
    LATENCY_P95,
    STARTUP_RATIO,
    Api,
    Run,
    graph_full,
    kb,
    operation_query,
)
from task_recall import task_files

from mcpgen.render.data import data_files
from mcpgen.surface import search as search_module

# --- 6. latency and index size --------------------------------------------------------------------


def latency(run: Run, api: Api, queries_wanted: int) -> None:
    plan = api.plan("discovery")
    tools = plan.service.tools
    files = data_files(plan, plan.package.import_name)
    pkg = plan.package.import_name
    index_text, operations_text = files[f"src/{pkg}/search.json"], files[f"src/{pkg}/operations.json"]
    index_bytes, operations_bytes = len(index_text.encode()), len(operations_text.encode())
    started = time.perf_counter()
    searcher = search_module.Searcher(json.loads(index_text))  # what the server does on its first search
    load_seconds = time.perf_counter() - started
    queries = [
        t["task"]
        for _, p in task_files()
        if "graph" in p.stem
        for t in yaml.safe_load(p.read_text(encoding="utf-8"))["tasks"]
    ]
    task_queries = len(queries)
    stride = max(1, len(tools) // max(1, queries_wanted - len(queries)))
    queries += [operation_query(t) for t in tools[::stride]][: max(0, queries_wanted - len(queries))]
    for query in queries[:20]:  # warm-up
        searcher.search(query, 5)
    times = []
    for query in queries:
        t0 = time.perf_counter()
        searcher.search(query, 5)
        times.append(time.perf_counter() - t0)
    p50, p95, top = c.percentile(times, 50), c.percentile(times, 95), max(times)
    share = index_bytes / operations_bytes
    rows = [
        ["search p50", f"{p50 * 1000:.2f} ms", "-", "-"],
        [
            "search p95",
            f"{p95 * 1000:.2f} ms",
            f"<= {LATENCY_P95 * 1000:.0f} ms",
            run.target(
                "latency",
                f"Graph full search p95 <= {LATENCY_P95 * 1000:.0f} ms",
                f"{p95 * 1000:.2f} ms",
                p95 <= LATENCY_P95,
            ),
        ],
        ["search max", f"{top * 1000:.2f} ms", "-", "-"],
        ["index load (json.loads + Searcher)", f"{load_seconds * 1000:.0f} ms", "-", "-"],
        ["search.json bytes", kb(index_bytes), "-", "-"],
        ["operations.json bytes", kb(operations_bytes), "-", "-"],
        [
            "search.json / operations.json",
            f"{share:.1%}",
            f"<= {INDEX_SHARE:.0%}",
            run.target(
                "latency", f"index <= {INDEX_SHARE:.0%} of operations.json", f"{share:.1%}", share <= INDEX_SHARE
            ),
        ],
    ]
    run.show(
        "latency",
        f"6. latency: Graph full ({len(tools):,} operations), {len(queries)} queries, limit 5, in process",
        ["measure", "value", "target", "result"],
        rows,
        f"queries: the {task_queries} Graph task texts (tasks/ and heldout/), then operation queries "
        "(summary + path words) of every n-th operation",
    )
    run.data["latency"] = {
        "queries": len(queries),
        "times": times,
        "p50": p50,
        "p95": p95,
        "max": top,
        "load_seconds": load_seconds,
        "index_bytes": index_bytes,
        "operations_bytes": operations_bytes,
    }


# --- 8. build --------------------------------------------------------------------------------------

BUILD_OUT = c.CACHE / "surface-build" / "graph-full"


def _elapsed(text: str) -> float:
    """`/usr/bin/time -v`'s `h:mm:ss` or `m:ss.ss`."""
    seconds = 0.0
    for part in text.strip().split(":"):
        seconds = seconds * 60 + float(part)
    return seconds


def build_graph(run: Run, runs: int) -> None:
    spec = graph_full().path
    timer = "/usr/bin/time" if Path("/usr/bin/time").exists() else None
    measured = []
    for i in range(runs):
        out = c.fresh_dir(BUILD_OUT)
        cmd = [*c.mcpgen_command(), "build", str(spec), "--surface", "discovery", "-o", str(out), "--quiet"]
        before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        t0 = time.perf_counter()
        done = subprocess.run(
            [timer, "-v", *cmd] if timer else cmd, capture_output=True, text=True, check=False, timeout=900
        )
        wall = time.perf_counter() - t0
        if done.returncode != 0:
            raise SystemExit(f"mcpgen build failed ({done.returncode}):\n{done.stdout[-2000:]}\n{done.stderr[-3000:]}")
        if timer:
            rss_kb = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", done.stderr).group(1))
            line = next(x for x in done.stderr.splitlines() if "Elapsed (wall clock)" in x)
            wall = _elapsed(line.rsplit(" ", 1)[-1])
        else:  # the largest child so far: right as long as this build is the largest child of this process
            rss_kb = max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
        measured.append((wall, rss_kb * 1024))
        c.log(f"build {i + 1}/{runs}: {wall:.1f} s, {rss_kb / 1024:,.0f} MiB")
    wall = c.median(m[0] for m in measured)
    rss = c.median(m[1] for m in measured)
    files = sum(1 for p in BUILD_OUT.rglob("*") if p.is_file())
    size = sum(p.stat().st_size for p in BUILD_OUT.rglob("*") if p.is_file())
    rows = [
        [
            "wall time",
            f"{wall:.1f} s",
            f"< {BUILD_SECONDS:.0f} s",
            run.target(
                "build", f"Graph full discovery build < {BUILD_SECONDS:.0f} s", f"{wall:.1f} s", wall < BUILD_SECONDS
            ),
        ],
        [
            "peak RSS",
            f"{rss / 2**20:,.0f} MiB ({rss / 1e9:.2f} GB)",
            f"< {BUILD_RSS / 1e9:.1f} GB",
            run.target(
                "build",
                f"Graph full discovery build peak RSS < {BUILD_RSS / 1e9:.1f} GB",
                f"{rss / 1e9:.2f} GB",
                rss < BUILD_RSS,
            ),
        ],
        ["package", f"{files} files, {size / 2**20:,.1f} MiB", "-", "-"],
    ]
    how = "/usr/bin/time -v" if timer else "resource.getrusage(RUSAGE_CHILDREN)"
    run.show(
        "build",
        f"8. build: mcpgen build <Graph full> --surface discovery (median of {runs}; {how})",
        ["measure", "value", "target", "result"],
        rows,
    )
    run.data["build"] = {"runs": measured, "wall": wall, "rss_bytes": rss, "files": files, "bytes": size, "how": how}


# --- 7. start-up ------------------------------------------------------------------------------------


def startup(run: Run, runs: int, timeout: float) -> None:
    import anyio
    import bench_server as bs

    if not (BUILD_OUT / "mcpgen.lock.json").exists():
        c.log("building Graph full (discovery) for start-up")
        out = c.fresh_dir(BUILD_OUT)
        c.run(
            [*c.mcpgen_command(), "build", str(graph_full().path), "--surface", "discovery", "-o", str(out), "--quiet"]
        )
    python = c.ensure_venv("venv-server", c.SERVER_REQUIREMENTS)
    lock = json.loads((BUILD_OUT / "mcpgen.lock.json").read_text(encoding="utf-8"))["plan"]
    package, prefix = lock["package"]["import_name"], lock["package"]["env_prefix"]
    c.install_package(python, BUILD_OUT)
    base_url = "http://127.0.0.1:9"  # never called: start-up only
    generated = bs.Server(
        "mcpgen discovery", [str(python), "-m", package], bs.server_env(prefix, BUILD_OUT, base_url), c.CACHE
    )
    baseline = bs.Server(
        "hand-written", [str(python), str(c.HERE / "handwritten_server.py")], {"HANDWRITTEN_BASE_URL": base_url}, c.HERE
    )
    servers = [generated, baseline]
    for server in servers:  # untimed
        anyio.run(bs.start_up, server, timeout)
    for i in range(runs):
        for server in servers:
            server.startup.append(anyio.run(bs.start_up, server, timeout))
        c.log(
            f"start-up {i + 1}/{runs}: " + ", ".join(f"{s.name} {s.startup[-1]['first_page']:.3f} s" for s in servers)
        )
    rows = []
    for key, label in (("initialize", "spawn -> initialize answered"), ("first_page", "spawn -> first tools/list")):
        a = c.median(s[key] for s in generated.startup)
        b = c.median(s[key] for s in baseline.startup)
        limit = STARTUP_RATIO if key == "first_page" else None
        result = (
            "-"
            if limit is None
            else run.target(
                "startup",
                f"Graph full discovery server start-up within {STARTUP_RATIO}x of hand-written",
                f"{a * 1000:.0f} ms vs {b * 1000:.0f} ms = {a / b:.2f}x",
                a / b <= limit,
            )
        )
        rows.append(
            [
                label,
                f"{a * 1000:.0f} ms",
                f"{b * 1000:.0f} ms",
                f"{a / b:.2f}x",
                f"<= {limit}x" if limit else "-",
                result,
            ]
        )
    rows.append(["tools listed", generated.tools, baseline.tools, "", "-", "-"])
    run.show(
        "startup",
        f"7. startup: Graph full discovery server vs hand-written one-tool server, stdio, median of "
        f"{runs} (interleaved; both in {python.parent.parent.name}, pip-installed, no mcpgen)",
        ["measure", "mcpgen", "hand-written", "ratio", "target", "result"],
        rows,
    )
    run.data["startup"] = {s.name: s.startup for s in servers}
