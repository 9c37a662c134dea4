"""Golden packages: output stays byte-identical, is formatted and lint-clean, installs, starts, serves."""

from __future__ import annotations

import difflib
import json
import os
import subprocess
import sys
from pathlib import Path

import anyio
import httpx
import pytest
from conftest import shared_spec
from mcp import Client
from servers import stdio_tools

from golden import ADAPTER, CASES, REGENERATE, produce
from mcpgen.conformance.wire import http_server

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "golden"


def _tree(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts and ".ruff_cache" not in p.parts
    }


def _package(case: str) -> Path:
    return GOLDEN / case / "package"


def _import_name(case: str) -> str:
    return next((_package(case) / "src").iterdir()).name


@pytest.mark.parametrize("case", sorted(CASES))
def test_generated_output_matches_the_golden_files(case: str, tmp_path: Path) -> None:
    if CASES[case].startswith(ADAPTER):
        shared_spec("")  # the vendor descriptions are in ../shared/specs
    produce(case, tmp_path / case)
    want, got = _tree(GOLDEN / case), _tree(tmp_path / case)
    problems = [f"missing from golden: {n}" for n in sorted(got.keys() - want.keys())]
    problems += [f"no longer generated: {n}" for n in sorted(want.keys() - got.keys())]
    for name in sorted(want.keys() & got.keys()):
        if want[name] != got[name]:
            diff = difflib.unified_diff(
                want[name].decode().splitlines(keepends=True),
                got[name].decode().splitlines(keepends=True),
                f"golden/{case}/{name}",
                f"generated/{name}",
            )
            problems.append("".join(list(diff)[:60]))
    assert not problems, "\n".join(problems) + f"\n\nIf the change is intended, run: {REGENERATE}"


def test_output_is_identical_under_different_hash_seeds(tmp_path: Path) -> None:
    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / seed
        env = {**os.environ, "PYTHONHASHSEED": seed}
        cmd = [sys.executable, "-m", "mcpgen", "build", CASES["bookshop-3.0"], "-o", str(out), "-q"]
        subprocess.run(cmd, cwd=ROOT, env=env, check=True, timeout=120)
        outputs.append(_tree(out))
    assert outputs[0] == outputs[1]


@pytest.mark.parametrize("case", sorted(CASES))
def test_golden_package_is_black_formatted_and_passes_ruff(case: str) -> None:
    package = _package(case)
    black = subprocess.run([sys.executable, "-m", "black", "--check", "-q", "."], cwd=package,
                           capture_output=True, text=True, check=False, timeout=120)  # fmt: skip
    assert black.returncode == 0, black.stderr
    ruff = subprocess.run([sys.executable, "-m", "ruff", "check", "--no-cache", "."], cwd=package,
                          capture_output=True, text=True, check=False, timeout=120)  # fmt: skip
    assert ruff.returncode == 0, ruff.stdout


def test_long_names_and_paths_still_pass_ruff(tmp_path: Path) -> None:
    """A six-word title makes a long package name, and a deep path a long literal in the package's test."""
    from helpers import op, openapi, write_spec

    long = "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Example"
    param = [{"name": n, "in": "path", "required": True, "schema": {"type": "string"}}
             for n in ("subscriptionId", "resourceGroupName")]  # fmt: skip
    spec = openapi({long + "/serviceInstances": {"get": op("listServiceInstances", parameters=param)}})
    spec["info"]["title"] = "Comprehensive Enterprise Infrastructure Administration Orchestration"
    out = tmp_path / "pkg"
    build = subprocess.run([sys.executable, "-m", "mcpgen", "build", str(write_spec(tmp_path, spec)), "-o", str(out),
                            "-q"], capture_output=True, text=True, check=False, timeout=120)  # fmt: skip
    assert build.returncode == 0, build.stderr
    assert len(next((out / "src").iterdir()).name) > 50
    for args in (["check", "--no-cache", "."], ["format", "--check", "--no-cache", "."]):
        ruff = subprocess.run([sys.executable, "-m", "ruff", *args], cwd=out, capture_output=True, text=True,
                              check=False, timeout=120)  # fmt: skip
        assert ruff.returncode == 0, ruff.stdout + ruff.stderr


@pytest.mark.parametrize("case", sorted(CASES))
def test_no_spec_text_reaches_python_code(case: str) -> None:
    """Descriptions and titles live in JSON data files; Python files carry only escaped names."""
    package = _package(case)
    tools = json.loads(next(package.glob("src/*/tools.json")).read_text())["tools"]
    texts = {t["description"] for t in tools} | {t.get("title") or "" for t in tools}
    code = "\n".join(p.read_text() for p in package.rglob("*.py"))
    leaked = [t for t in texts if len(t) > 12 and t.splitlines()[0] in code]
    assert not leaked


@pytest.mark.slow
@pytest.mark.parametrize("case", sorted(CASES))
def test_golden_package_installs_and_passes_its_own_tests(case: str, server_env, tmp_path: Path) -> None:
    package = _package(case)
    server_env.install(package)
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    done = subprocess.run(
        [server_env.python, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(package / "tests")],
        cwd=tmp_path, capture_output=True, text=True, check=False, timeout=300, env=env,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    tools = json.loads(next(package.glob("src/*/tools.json")).read_text())["tools"]
    listed = stdio_tools(server_env.python, _import_name(case), {"PATH": os.environ["PATH"]})
    assert [t.name for t in listed] == [t["name"] for t in tools]


@pytest.mark.slow
def test_golden_server_serves_streamable_http_and_refuses_a_foreign_host(server_env, tmp_path: Path) -> None:
    case = "bookshop-3.0"
    server_env.install(_package(case))
    module = _import_name(case)

    def argv(port: int) -> list[str]:
        return [server_env.python, "-m", module, "--transport", "http", "--port", str(port)]

    with http_server(argv, log=tmp_path / "server.log") as base:

        async def listing() -> list[str]:
            with anyio.fail_after(30):
                async with Client(f"{base}/mcp", mode="legacy") as client:
                    return [t.name for t in (await client.list_tools()).tools]

        assert len(anyio.run(listing)) == 11
        foreign = httpx.post(
            f"{base}/mcp",
            headers={"Host": "evil.example", "Content-Type": "application/json",
                     "Accept": "application/json, text/event-stream"},
            content=b'{"jsonrpc":"2.0","id":1,"method":"ping"}',
            timeout=5,
        )  # fmt: skip
        assert foreign.status_code in (400, 403, 421)
