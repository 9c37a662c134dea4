"""Shared helpers for the benchmarks: the cache folder, third-party tools, timing and tables.

Everything downloaded or generated lives under `benchmarks/.cache/` (git-ignored): npm packages in
`node/`, Python virtual environments in `venv-*/`, build outputs and result files.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import time
import venv
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CACHE = Path(os.environ.get("MCPGEN_BENCH_CACHE", HERE / ".cache")).resolve()
NODE_DIR = CACHE / "node"
RESULTS = CACHE / "results"

# Pinned so that runs compare like with like; override with MCPGEN_BENCH_NPM_PACKAGES.
NPM_PACKAGES = os.environ.get(
    "MCPGEN_BENCH_NPM_PACKAGES", "@octokit/openapi@23.0.2 openapi-mcp-generator@4.0.1"
).split()
SERVER_REQUIREMENTS = [
    "mcp>=2.3,<3",
    "httpx>=0.27,<1",
    "jsonschema-rs>=0.61,<0.62",
    "uvicorn>=0.30",
    "anyio>=4.5",
    "hatchling>=1.25",
]


def stop(process: subprocess.Popen[Any], timeout: float = 5) -> None:
    """Stop a server this run started, by its own process: terminate, then kill if it lingers."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=timeout)


def log(message: str) -> None:
    print(f"[bench] {message}", file=sys.stderr, flush=True)


def run(cmd: Sequence[str], *, timeout: float = 900, **kwargs: Any) -> subprocess.CompletedProcess[str]:
    """Run a command, fail loudly (with its output) when it fails."""
    done = subprocess.run(list(cmd), capture_output=True, text=True, check=False, timeout=timeout, **kwargs)
    if done.returncode != 0:
        raise SystemExit(
            f"command failed ({done.returncode}): {' '.join(map(str, cmd))}\n"
            f"{done.stdout[-4000:]}\n{done.stderr[-4000:]}"
        )
    return done


# --- third-party tools -------------------------------------------------------------------------


def ensure_npm_packages() -> Path:
    """`npm install` the GitHub description and openapi-mcp-generator into the cache (once)."""
    marker = NODE_DIR / "node_modules" / ".bin" / "openapi-mcp-generator"
    spec_dir = NODE_DIR / "node_modules" / "@octokit" / "openapi"
    if not (marker.exists() and spec_dir.is_dir()):
        npm = shutil.which("npm")
        if npm is None:
            raise SystemExit("npm is needed to fetch @octokit/openapi and openapi-mcp-generator")
        NODE_DIR.mkdir(parents=True, exist_ok=True)
        if not (NODE_DIR / "package.json").exists():
            (NODE_DIR / "package.json").write_text('{"private": true}\n', encoding="utf-8")
        log(f"npm install {' '.join(NPM_PACKAGES)} into {NODE_DIR}")
        run(
            [npm, "install", "--no-audit", "--no-fund", "--loglevel=error", *NPM_PACKAGES],
            cwd=NODE_DIR,
            timeout=600,
        )
    return NODE_DIR


def github_spec(explicit: str | None = None) -> Path:
    """GitHub's REST API description from `@octokit/openapi` (plain, not dereferenced)."""
    if explicit:
        return Path(explicit).resolve()
    package = ensure_npm_packages() / "node_modules" / "@octokit" / "openapi"
    plain = package / "generated" / "api.github.com.json"
    if plain.exists():
        return plain
    found = sorted(package.rglob("api.github.com*.json"), key=lambda p: ("deref" in p.name, len(str(p))))
    if not found:
        raise SystemExit(f"no api.github.com*.json under {package}")
    return found[0]


def count_operations(spec: Path) -> int:
    methods = {"get", "put", "post", "delete", "patch", "head", "options", "trace"}
    data = json.loads(spec.read_text(encoding="utf-8"))
    return sum(1 for item in data.get("paths", {}).values() for key in item if key in methods)


def npm_version(package: str) -> str:
    try:
        meta = json.loads((NODE_DIR / "node_modules" / package / "package.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return "?"
    return str(meta.get("version", "?"))


def install_package(python: Path, folder: Path) -> None:
    """pip-install a generated package (no dependencies: the venv has them) into `python`'s venv, replacing it."""
    log(f"pip install {folder} into {python.parent.parent}")
    flags = ["--quiet", "--disable-pip-version-check", "--no-build-isolation", "--no-deps", "--force-reinstall"]
    run([str(python), "-m", "pip", "install", *flags, str(folder)])


def ensure_venv(name: str, requirements: Sequence[str]) -> Path:
    """A virtual environment `CACHE/<name>` with `requirements` installed; returns its python."""
    path = CACHE / name
    python = path / "bin" / "python"
    stamp = path / ".bench-requirements"
    wanted = "\n".join(requirements)
    if python.exists() and stamp.exists() and stamp.read_text(encoding="utf-8") == wanted:
        return python
    log(f"creating {path} with {' '.join(requirements)}")
    venv.EnvBuilder(with_pip=True, clear=True).create(path)
    run(
        [
            str(python),
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
            *requirements,
        ],
        timeout=900,
    )
    stamp.write_text(wanted, encoding="utf-8")
    return python


def mcpgen_command() -> list[str]:
    """The `mcpgen` CLI of the Python running the benchmark (its console script)."""
    script = Path(sys.executable).parent / "mcpgen"
    if script.exists():
        return [str(script)]
    found = shutil.which("mcpgen")
    if found:
        return [found]
    raise SystemExit("mcpgen is not installed in this Python (pip install -e .)")


def fresh_dir(path: Path) -> Path:
    if path.exists():
        shutil.rmtree(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


# --- statistics and output ---------------------------------------------------------------------


def median(values: Iterable[float]) -> float:
    return statistics.median(list(values))


def percentile(values: Sequence[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100)."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    rank = max(1, min(len(ordered), round(q / 100 * len(ordered) + 0.5)))
    return ordered[rank - 1]


def table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    cells = [[str(h) for h in headers], *[[str(c) for c in row] for row in rows]]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(cells[0], widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines.extend("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in cells[1:])
    return "\n".join(lines)


def machine() -> str:
    return f"Python {sys.version.split()[0]}, {os.cpu_count()} CPUs, {sys.platform}"


def save_results(kind: str, data: Mapping[str, Any]) -> Path:
    RESULTS.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    path = RESULTS / f"{kind}-{stamp}.json"
    path.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    return path
