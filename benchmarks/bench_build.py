"""Build time of `mcpgen build` on GitHub's REST API description, against two other generators.

    python benchmarks/bench_build.py [--runs 3]

Each tool runs as a subprocess through its own CLI into a fresh output folder; runs are interleaved
(mcpgen, openapi-mcp-generator, openapi-python-client, mcpgen, ...) so that machine noise falls on
all of them alike, and the median of `--runs` is reported. Targets (from the issue): mcpgen within
2x of openapi-mcp-generator's time, and at least 5x faster than openapi-python-client.

Exit status: 0 when every target is met, 1 when one is missed.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import _common as c


@dataclass
class Tool:
    name: str
    version: str
    command: list[str]
    """With `{out}` where the output folder goes."""
    env: dict[str, str] = field(default_factory=dict)
    warmup: bool = True
    times: list[float] = field(default_factory=list)
    last_stdout: str = ""
    last_out: Path | None = None

    def once(self, out: Path, timeout: float) -> float:
        c.fresh_dir(out)
        cmd = [part.replace("{out}", str(out)) for part in self.command]
        env = {**os.environ, **self.env}
        started = time.perf_counter()
        done = subprocess.run(
            cmd,
            capture_output=True,
            text=True,
            check=False,
            timeout=timeout,
            env=env,
            cwd=out.parent,
        )
        elapsed = time.perf_counter() - started
        if done.returncode != 0:
            raise SystemExit(f"{self.name} failed ({done.returncode}):\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}")
        self.last_stdout, self.last_out = done.stdout, out
        return elapsed


def tools(spec: Path, skip: set[str]) -> list[Tool]:
    found = []
    mcpgen = c.mcpgen_command()
    version = c.run([*mcpgen, "--version"]).stdout.strip().split()[-1]
    found.append(Tool("mcpgen", version, [*mcpgen, "build", str(spec), "-o", "{out}"]))
    if "openapi-mcp-generator" not in skip:
        node = c.ensure_npm_packages()
        cli = node / "node_modules" / ".bin" / "openapi-mcp-generator"
        found.append(
            Tool(
                "openapi-mcp-generator",
                c.npm_version("openapi-mcp-generator"),
                [str(cli), "-i", str(spec), "-o", "{out}", "--force"],
            )
        )
    if "openapi-python-client" not in skip:
        python = c.ensure_venv("venv-opc", ["openapi-python-client", "ruff"])
        bin_dir = python.parent
        cli = bin_dir / "openapi-python-client"
        version = c.run([str(cli), "--version"]).stdout.strip().split()[-1]
        # Its default post-hooks run `ruff check --fix` and `ruff format`: keep ruff on PATH so the
        # measured work is what a user gets (mcpgen formats its output with ruff too).
        path = f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}"
        found.append(
            Tool(
                "openapi-python-client",
                version,
                [
                    str(cli),
                    "generate",
                    "--path",
                    str(spec),
                    "--output-path",
                    "{out}",
                    "--overwrite",
                ],
                env={"PATH": path},
                warmup=False,
            )
        )
    return found


def folder_size(path: Path | None) -> tuple[int, int]:
    if path is None or not path.exists():
        return 0, 0
    files = [p for p in path.rglob("*") if p.is_file()]
    return len(files), sum(p.stat().st_size for p in files)


def size_report(out: Path | None, stdout: str) -> list[str]:
    """mcpgen's own report line, and a breakdown from the generated tools.json."""
    lines = [line for line in stdout.splitlines() if "tools/list" in line]
    if out is None:
        return lines
    found = list(out.glob("src/*/tools.json"))
    if not found:
        return lines
    data = json.loads(found[0].read_text(encoding="utf-8"))
    wires, starts = data["tools"], data["pages"]
    ends = [*starts[1:], len(wires)]

    def size(obj: object) -> int:
        return len(json.dumps(obj, separators=(",", ":"), ensure_ascii=False).encode())

    pages = [sum(size(w) + 1 for w in wires[a:b]) for a, b in zip(starts, ends, strict=True)]
    total = sum(pages)
    parts = {
        key: sum(size(w[key]) for w in wires if key in w) for key in ("inputSchema", "outputSchema", "description")
    }
    lines.append(
        f"tools.json: {len(wires)} tools in {len(pages)} pages; tools/list payload {total:,} bytes "
        f"(~{total // 4:,} tokens), largest page {max(pages):,} bytes, smallest {min(pages):,}"
    )
    lines.append("share of payload: " + ", ".join(f"{k} {v / total:.0%} ({v:,} B)" for k, v in parts.items()))
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3, help="timed runs per tool (median reported; default 3)")
    parser.add_argument("--spec", help="description file (default: GitHub's, from npm @octokit/openapi)")
    parser.add_argument(
        "--skip",
        action="append",
        default=[],
        choices=["openapi-mcp-generator", "openapi-python-client"],
        help="leave a comparison tool out (repeatable)",
    )
    parser.add_argument(
        "--no-warmup",
        action="store_true",
        help="no untimed first run of mcpgen and openapi-mcp-generator (warms the page cache)",
    )
    parser.add_argument("--timeout", type=float, default=600, help="seconds allowed per run")
    args = parser.parse_args(argv)

    spec = c.github_spec(args.spec)
    operations = c.count_operations(spec)
    contenders = tools(spec, set(args.skip))
    work = c.CACHE / "build-out"
    c.log(f"spec {spec} ({spec.stat().st_size:,} bytes, {operations} operations); {args.runs} run(s) each")
    if not args.no_warmup:
        for tool in contenders:
            if tool.warmup:
                c.log(f"warm-up: {tool.name}")
                tool.once(work / tool.name / "warmup", args.timeout)
    for i in range(args.runs):
        for tool in contenders:
            elapsed = tool.once(work / tool.name / f"run{i}", args.timeout)
            tool.times.append(elapsed)
            c.log(f"run {i + 1}/{args.runs}: {tool.name} {elapsed:.2f} s")

    base = contenders[0]
    base_median = c.median(base.times)
    targets = {
        "openapi-mcp-generator": ("mcpgen <= 2.0x its time", lambda r: r >= 1 / 2.0),
        "openapi-python-client": (">= 5x slower than mcpgen", lambda r: r >= 5.0),
    }
    rows, failed, record = [], False, []
    for tool in contenders:
        med = c.median(tool.times)
        ratio = med / base_median
        target, check = targets.get(tool.name, ("baseline", None))
        verdict = "-" if check is None else ("PASS" if check(ratio) else "FAIL")
        failed |= verdict == "FAIL"
        files, size = folder_size(tool.last_out)
        rows.append(
            [
                tool.name,
                tool.version,
                f"{med:.2f}",
                f"{min(tool.times):.2f}-{max(tool.times):.2f}",
                f"{ratio:.2f}x",
                f"{base_median / med:.2f}x",
                target,
                verdict,
                f"{files} / {size / 1e6:.1f} MB",
            ]
        )
        record.append(
            {
                "tool": tool.name,
                "version": tool.version,
                "times": tool.times,
                "median": med,
                "ratio_vs_mcpgen": ratio,
                "target": target,
                "verdict": verdict,
                "output_files": files,
                "output_bytes": size,
            }
        )

    print(
        f"\nmcpgen build benchmark: {spec.name} ({operations} operations, "
        f"{spec.stat().st_size / 1e6:.1f} MB), "
        f"median of {args.runs} run(s); {c.machine()}"
    )
    print(
        table := c.table(
            [
                "tool",
                "version",
                "median s",
                "range s",
                "time / mcpgen",
                "mcpgen / time",
                "target",
                "result",
                "output files / size",
            ],
            rows,
        )
    )
    print("\nmcpgen tools/list size report:")
    report = size_report(base.last_out, base.last_stdout)
    for line in report:
        print(f"  {line}")
    saved = c.save_results(
        "build",
        {
            "spec": str(spec),
            "operations": operations,
            "runs": args.runs,
            "machine": c.machine(),
            "tools": record,
            "table": table,
            "size_report": report,
        },
    )
    print(f"\nresults: {saved}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
