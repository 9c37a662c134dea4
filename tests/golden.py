"""Golden files: `specs/<case>` maps to `golden/<case>/` (IR, diagnostics, generated package).

Regenerate them all, through the real CLI, with:

    python tests/golden.py
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CASES: dict[str, str] = {
    "bookshop-3.0": "specs/bookshop-3.0.yaml",
    "filesystem-3.1": "specs/filesystem-3.1.yaml",
    "inventory-swagger-2.0": "specs/inventory-swagger-2.0.json",
    "multi-file": "specs/multi-file/openapi.yaml",
    "bookshop-grouped": "specs/bookshop-3.0.yaml",
    "bookshop-discovery": "specs/bookshop-3.0.yaml",
    "bookshop-openai": "specs/bookshop-3.0.yaml",
    "adapter-vcenter": "adapter:vcenter",
    "adapter-m365": "adapter:m365",
    "adapter-azure": "adapter:azure",
    "adapter-azure-blob": "adapter:azure-blob",
    "adapter-aws": "adapter:aws",
}
OPTIONS: dict[str, tuple[str, ...]] = {
    "bookshop-grouped": ("--surface", "grouped", "--name", "books-grouped"),
    "bookshop-discovery": ("--config", "specs/bookshop-discovery.mcpgen.yaml"),
    "bookshop-openai": ("--profile", "openai", "--name", "books-openai"),
}
"""Build options of the cases that are not a plain build of their description."""
ADAPTER = "adapter:"
"""Cases built with `mcpgen adapters build NAME` from the vendor descriptions in ../shared/specs."""
REGENERATE = "python tests/golden.py"


def _mcpgen(*args: str) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "mcpgen", *args]
    return subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=False, timeout=300)


def produce(case: str, dest: Path) -> None:
    """Write `ir.json`, `diagnostics.txt` and `package/` for one case into `dest`."""
    spec, options = CASES[case], OPTIONS.get(case, ())
    dest.mkdir(parents=True, exist_ok=True)
    if spec.startswith(ADAPTER):
        built = _mcpgen("adapters", "build", spec.removeprefix(ADAPTER), "-o", str(dest / "package"), *options)
        if built.returncode != 0:
            raise RuntimeError(f"mcpgen adapters build {spec} failed:\n{built.stderr}")
        diagnostics = [line for line in built.stderr.splitlines() if line.strip()]
        (dest / "diagnostics.txt").write_text("".join(f"{line}\n" for line in diagnostics), encoding="utf-8")
        return
    ingest = _mcpgen("ingest", spec, "-o", str(dest / "ir.json"))
    if ingest.returncode != 0:
        raise RuntimeError(f"mcpgen ingest {spec} failed:\n{ingest.stderr}")
    built = _mcpgen("build", spec, "-o", str(dest / "package"), "--quiet", *options)
    if built.returncode != 0:
        raise RuntimeError(f"mcpgen build {spec} failed:\n{built.stderr}")
    inspect = _mcpgen("inspect", spec, *options)
    diagnostics = [line for line in inspect.stderr.splitlines() if line.strip()]
    (dest / "diagnostics.txt").write_text("".join(f"{line}\n" for line in diagnostics), encoding="utf-8")


def regenerate() -> None:
    for case in CASES:
        target = ROOT / "golden" / case
        with tempfile.TemporaryDirectory() as tmp:
            produce(case, Path(tmp) / case)
            if target.exists():
                shutil.rmtree(target)
            shutil.copytree(Path(tmp) / case, target)
        print(f"golden/{case}")


if __name__ == "__main__":
    regenerate()
