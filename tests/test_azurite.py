"""The Azure Blob adapter's server against the real Azurite emulator (npm `azurite`) on 127.0.0.1:
Shared Key signing, fixed `x-ms-version`, containers, uploads, paged lists and downloads."""

from __future__ import annotations

import base64
import os
import re
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import anyio
import pytest
from conftest import IN_CI
from mcp import Client

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "golden" / "adapter-azure-blob" / "package"
ACCOUNT = "devstoreaccount1"
KEY = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
"""Azurite's well-known development account (public, documented by Microsoft)."""
CACHE = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "mcpgen-tests" / "azurite"


def _azurite() -> str:
    """The `azurite-blob` command: on PATH, in the test cache, or installed there from npm."""
    found = shutil.which("azurite-blob") or str(CACHE / "node_modules" / ".bin" / "azurite-blob")
    if Path(found).exists():
        return found
    npm = shutil.which("npm")
    if npm is not None:
        CACHE.mkdir(parents=True, exist_ok=True)
        cmd = [npm, "install", "--no-audit", "--no-fund", "--prefix", str(CACHE), "azurite@3"]
        done = subprocess.run(cmd, capture_output=True, text=True, check=False, timeout=300)
        if done.returncode == 0 and Path(found).exists():
            return found
    message = "Azurite is not available (npm install azurite failed or npm is missing)"
    if IN_CI:
        pytest.fail(message)
    pytest.skip(message)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def azurite(tmp_path_factory: pytest.TempPathFactory) -> Any:
    command = _azurite()
    port = _free_port()
    folder = tmp_path_factory.mktemp("azurite")
    argv = [command, "--blobHost", "127.0.0.1", "--blobPort", str(port), "--location", str(folder),
            "--silent", "--skipApiVersionCheck"]  # fmt: skip
    log = (folder / "azurite.log").open("wb")
    process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=log)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
                break
            except OSError:
                if process.poll() is not None:
                    pytest.fail(f"azurite stopped: {(folder / 'azurite.log').read_text()[:500]}")
                time.sleep(0.2)
        else:
            pytest.fail("azurite did not start in 60 s")
        yield f"http://127.0.0.1:{port}/{ACCOUNT}"
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)
        log.close()


@pytest.fixture(scope="module")
def blob_server() -> Any:
    sys.path.insert(0, str(PACKAGE / "src"))
    from azure_blob_mcp.app import build_server
    from azure_blob_mcp.server import registry

    yield build_server, registry
    sys.path.remove(str(PACKAGE / "src"))


def _run(blob_server: Any, env: dict[str, str], calls: list[tuple[str, dict[str, Any]]]) -> list[Any]:
    build_server, registry = blob_server
    server = build_server(registry, env=env)

    async def main() -> list[Any]:
        with anyio.fail_after(60):
            async with Client(server) as client:
                return [await client.call_tool(name, args) for name, args in calls]

    return anyio.run(main)


def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def test_containers_and_blobs_round_trip_through_azurite_with_shared_key(azurite: str, blob_server: Any) -> None:
    env = {"AZURE_BLOB_BASE_URL": azurite, "AZURE_BLOB_ACCOUNT_NAME": ACCOUNT, "AZURE_BLOB_ACCOUNT_KEY": KEY}
    created, up_a, up_b, up_c, first, listed = _run(blob_server, env, [
        ("container_create", {"containerName": "box"}),
        ("blob_upload", {"containerName": "box", "blob": "a.txt", "body": _b64("alpha\n")}),
        ("blob_upload", {"containerName": "box", "blob": "b.txt", "body": _b64("bravo\n")}),
        ("blob_upload", {"containerName": "box", "blob": "c.txt", "body": _b64("charlie\n")}),
        ("blobs_list", {"containerName": "box", "maxresults": 2}),
        ("containers_list", {"prefix": "bo"}),
    ])  # fmt: skip
    for result in (created, up_a, up_b, up_c, first, listed):
        assert not result.is_error, result.content[0].text
    page = first.content[0].text
    assert re.findall(r"<Name>([^<]+)</Name>", page) == ["a.txt", "b.txt"]
    marker = re.search(r"<NextMarker>([^<]+)</NextMarker>", page)
    assert marker, page
    assert "<Name>box</Name>" in listed.content[0].text
    second, download, props = _run(blob_server, env, [
        ("blobs_list", {"containerName": "box", "maxresults": 2, "marker": marker.group(1)}),
        ("blob_download", {"containerName": "box", "blob": "b.txt"}),
        ("blob_get_properties", {"containerName": "box", "blob": "b.txt"}),
    ])  # fmt: skip
    assert re.findall(r"<Name>([^<]+)</Name>", second.content[0].text) == ["c.txt"]
    assert not download.is_error, download.content[0].text
    assert base64.b64decode(download.content[0].resource.blob) == b"bravo\n"
    assert not props.is_error


def test_a_wrong_account_key_is_refused_by_azurite(azurite: str, blob_server: Any) -> None:
    wrong = base64.b64encode(b"not the key").decode()
    env = {"AZURE_BLOB_BASE_URL": azurite, "AZURE_BLOB_ACCOUNT_NAME": ACCOUNT, "AZURE_BLOB_ACCOUNT_KEY": wrong}
    (result,) = _run(blob_server, env, [("container_create", {"containerName": "nope"})])
    assert result.is_error and "403" in result.content[0].text
