"""Shared fixtures: paths to real specs, a virtual environment for generated servers."""

from __future__ import annotations

import fcntl
import os
import subprocess
import sys
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SPECS = ROOT / "specs"
GOLDEN = ROOT / "golden"
SHARED_SPECS = ROOT.parent / "shared" / "specs"
IN_CI = os.environ.get("CI") == "true"

SERVER_REQUIREMENTS = ["mcp>=2.3,<3", "httpx>=0.27,<1", "jsonschema-rs>=0.61,<0.62", "uvicorn>=0.30",
                       "anyio>=4.5", "pyjwt[crypto]>=2.10", "prometheus-client>=0.20", "hatchling>=1.25",
                       "pytest>=8"]  # fmt: skip


def shared_spec(relative: str) -> Path:
    """A real description from ../shared/specs; skips (or fails in CI) when it is absent."""
    path = SHARED_SPECS / relative
    if not path.exists():
        if IN_CI:
            pytest.fail(f"{path} is missing: CI must run with ../shared beside the project")
        pytest.skip(f"{path} is absent (../shared is not beside this checkout)")
    return path


class ServerEnv:
    """A fresh virtual environment holding what generated servers need, and nothing of mcpgen."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.python = str(path / "bin" / "python")

    def pip(self, *args: str) -> None:
        cmd = [self.python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", *args]
        done = subprocess.run(cmd, capture_output=True, text=True, check=False, timeout=600)
        if done.returncode != 0:
            raise AssertionError(f"pip install {' '.join(args)} failed:\n{done.stdout}\n{done.stderr}")

    def install(self, package_dir: Path) -> None:
        self.pip("--no-build-isolation", "--force-reinstall", "--no-deps", str(package_dir))


@pytest.fixture(scope="session")
def server_env(tmp_path_factory: pytest.TempPathFactory) -> ServerEnv:
    path = tmp_path_factory.mktemp("server-venv")
    venv.EnvBuilder(with_pip=True, clear=True).create(path)
    env = ServerEnv(path)
    env.pip(*SERVER_REQUIREMENTS)
    check = subprocess.run([env.python, "-c", "import mcpgen"], capture_output=True, check=False)
    assert check.returncode != 0, "the server environment must not contain mcpgen"
    return env


@pytest.fixture(scope="session")
def docs_corpus() -> dict[str, Path]:
    """Documents rendered from real specs by third-party renderers (benchmarks/docs/corpus.py), by file name;
    rendered on first use (the renderers install from the npm and pip registries into ~/.cache/mcpgen)."""
    shared_spec("docs")
    sys.path.insert(0, str(ROOT / "benchmarks" / "docs"))
    from corpus import render_corpus  # type: ignore[import-not-found]

    out = ROOT / "benchmarks" / ".cache" / "docs-corpus"
    out.mkdir(parents=True, exist_ok=True)
    with (out.parent / "docs-corpus.lock").open("w") as lock:  # test workers (pytest -n) render it once
        fcntl.flock(lock, fcntl.LOCK_EX)
        rendered = render_corpus(out, sample=True)
    return {Path(doc.path).name: Path(doc.path) for doc in rendered}


@pytest.fixture(scope="session")
def python() -> str:
    return sys.executable
