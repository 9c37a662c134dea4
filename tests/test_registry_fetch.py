"""The benchmarks' package fetcher (`benchmarks/registry.py`) downloads an npm tarball as the registry's version
document names it, and takes it only when its integrity checks; a registry served here on 127.0.0.1."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import sys
import tarfile
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import registry  # noqa: E402


def _tarball() -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as archive:
        data = b"# Example\n\n`GET /items` lists the items.\n"
        info = tarfile.TarInfo("package/README.md")
        info.size = len(data)
        archive.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


TARBALL = _tarball()


@pytest.fixture
def npm_registry(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, str]]:
    """A registry answering `/<name>/<version>` with a version document and `/tarballs/<file>` with the tarball;
    the test sets the document's `integrity`."""
    dist: dict[str, str] = {}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            if self.path.startswith("/tarballs/"):
                body = TARBALL
            elif self.path in ("/@scope%2Fexample/1.0.0", "/example/1.0.0"):
                body = json.dumps({"dist": {"tarball": f"{origin}/tarballs/example-1.0.0.tgz", **dist}}).encode()
            else:
                self.send_error(404)
                return
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    origin = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    monkeypatch.setenv("NPM_CONFIG_REGISTRY", origin)
    try:
        yield dist
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


def test_a_tarball_whose_integrity_checks_is_fetched_and_unpacked(npm_registry: dict[str, str], tmp_path: Path) -> None:
    npm_registry["integrity"] = "sha512-" + base64.b64encode(hashlib.sha512(TARBALL).digest()).decode()
    folder = registry.fetch_package("npm", "@scope/example", "1.0.0", tmp_path / "cache", timeout=10)
    assert (folder / "README.md").read_text().startswith("# Example")
    assert (folder / ".complete").is_file()


def test_a_tarball_that_does_not_match_its_checksum_is_not_taken(npm_registry: dict[str, str], tmp_path: Path) -> None:
    npm_registry["integrity"] = "sha512-" + base64.b64encode(hashlib.sha512(b"something else").digest()).decode()
    assert registry.npm_tarball("example", "1.0.0", tmp_path, timeout=10) is None
    npm_registry.clear()
    npm_registry["shasum"] = hashlib.sha1(b"something else").hexdigest()
    assert registry.npm_tarball("example", "1.0.0", tmp_path, timeout=10) is None
    npm_registry["shasum"] = hashlib.sha1(TARBALL).hexdigest()
    assert registry.npm_tarball("example", "1.0.0", tmp_path, timeout=10) == tmp_path / "package.tgz"
    assert registry.npm_tarball("missing", "1.0.0", tmp_path, timeout=10) is None
