"""A fake upstream API and OAuth issuer on 127.0.0.1, signed test tokens, and the golden bookshop server
started over HTTP with chosen settings, for the deploy tests and the HTTP benchmark."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import jwt
from cryptography.hazmat.primitives.asymmetric import rsa

from mcpgen.conformance.wire import free_port, stop_process

ROOT = Path(__file__).resolve().parents[1]
GOLDEN_SRC = ROOT / "golden" / "bookshop-3.0" / "package" / "src"
API_KEY = "upstream-api-key-5f2c9e"
CLIENT_SECRET = "upstream-client-secret-81d0"
UPSTREAM_TOKEN = "upstream-access-token-c3a7"
HEADERS = {"Accept": "application/json, text/event-stream", "Content-Type": "application/json",
           "MCP-Protocol-Version": "2025-06-18"}  # fmt: skip


class Upstream:
    """The API (`/v1/books`) and the issuer (`/jwks.json`, `/introspect`) on one loopback server.

    Records every API request it receives (path and headers), so tests can prove a request never arrived.
    """

    def __init__(self) -> None:
        self.requests: list[dict[str, Any]] = []
        self.jwks_fetches = 0
        self.jwks: dict[str, Any] = {"keys": []}
        self.active: dict[str, dict[str, Any]] = {}
        self.lock = threading.Lock()
        upstream = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:
                pass

            def _send(self, status: int, body: Any) -> None:
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self) -> None:
                if self.path == "/jwks.json":
                    upstream.jwks_fetches += 1
                    self._send(200, upstream.jwks)
                    return
                with upstream.lock:
                    upstream.requests.append({"path": self.path, "headers": dict(self.headers.items())})
                if self.path.startswith("/v1/books/"):  # getBook: the API is overloaded
                    data = b'{"message": "busy"}'
                    self.send_response(503)
                    self.send_header("Retry-After", "0")
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                    return
                self._send(200, [])

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length).decode()
                if self.path == "/introspect":
                    token = dict(x.split("=", 1) for x in body.split("&") if "=" in x).get("token", "")
                    from urllib.parse import unquote_plus

                    self._send(200, upstream.active.get(unquote_plus(token), {"active": False}))
                    return
                if self.path == "/token":
                    self._send(200, {"access_token": UPSTREAM_TOKEN, "token_type": "Bearer", "expires_in": 3600})
                    return
                with upstream.lock:
                    upstream.requests.append({"path": self.path, "headers": dict(self.headers.items())})
                self._send(200, {"items": [], "total": 0})

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        self.base = f"http://127.0.0.1:{self.port}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> Upstream:
        self.thread.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.server.shutdown()
        self.server.server_close()

    def api_requests(self) -> int:
        with self.lock:
            return len(self.requests)


class Issuer:
    """Signs access tokens with an RSA key published in the upstream's JWKS."""

    def __init__(self, upstream: Upstream, issuer: str, kid: str = "key-1") -> None:
        self.issuer = issuer
        self.kid = kid
        self.key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        public = json.loads(jwt.algorithms.RSAAlgorithm.to_jwk(self.key.public_key()))
        upstream.jwks["keys"].append({**public, "kid": kid, "use": "sig", "alg": "RS256"})

    def token(self, audience: str, *, scopes: str = "", lifetime: int = 300, **changes: Any) -> str:
        now = int(time.time())
        claims = {"iss": self.issuer, "aud": audience, "sub": "user-1", "iat": now, "exp": now + lifetime,
                  "scope": scopes, "client_id": "client-1"}  # fmt: skip
        claims.update(changes.pop("claims", {}))
        headers = {"kid": changes.pop("kid", self.kid)}
        key = changes.pop("key", self.key)
        return jwt.encode(claims, key, algorithm="RS256", headers=headers)


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def unsigned_token(claims: dict[str, Any]) -> str:
    """`alg: none`: a token with no signature."""
    return f"{b64(json.dumps({'alg': 'none', 'typ': 'JWT'}).encode())}.{b64(json.dumps(claims).encode())}."


def hmac_token(claims: dict[str, Any], secret: bytes, kid: str) -> str:
    """HS256 signed with a public key as the secret (the algorithm-confusion attack)."""
    head = b64(json.dumps({"alg": "HS256", "typ": "JWT", "kid": kid}).encode())
    body = b64(json.dumps(claims).encode())
    signature = hmac.new(secret, f"{head}.{body}".encode(), hashlib.sha256).digest()
    return f"{head}.{body}.{b64(signature)}"


@contextmanager
def started(argv: list[str], env: Mapping[str, str], log: Path, ready: str | None, timeout: float = 30) -> Iterator[
        subprocess.Popen[bytes]]:  # fmt: skip
    """Run `argv` (its own process group) until `ready` answers; stopped by its own id afterwards."""
    with log.open("ab") as sink:
        process = subprocess.Popen(argv, env={**os.environ, **env}, stdout=sink, stderr=sink, start_new_session=True)
    try:
        deadline = time.monotonic() + timeout
        while ready is not None:
            if process.poll() is not None:
                raise AssertionError(f"{argv[0]} exited with {process.returncode}: {log.read_text()[-2000:]}")
            try:
                httpx.get(ready, timeout=1)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline:
                    raise AssertionError(f"{ready} did not answer within {timeout} s") from None
                time.sleep(0.1)
        yield process
    finally:
        stop_process(process)


def bookshop_argv(port: int, *args: str, stateless: bool = True) -> list[str]:
    mode = ["--stateless"] if stateless else []
    return [sys.executable, "-m", "bookshop_mcp", "--transport", "http", "--port", str(port), *mode,
            "--json-response", *args]  # fmt: skip


def bookshop_env(env: Mapping[str, str]) -> dict[str, str]:
    environ = {"PYTHONPATH": os.pathsep.join(filter(None, [str(GOLDEN_SRC), os.environ.get("PYTHONPATH")])),
               "BOOKSHOP_API_KEY_HEADER": API_KEY, "BOOKSHOP_MAX_RETRIES": "0", "BOOKSHOP_CLIENT_ID": "mcp",
               "BOOKSHOP_CLIENT_SECRET": CLIENT_SECRET, **env}  # fmt: skip
    if "BOOKSHOP_BASE_URL" in environ:
        origin = environ["BOOKSHOP_BASE_URL"].removesuffix("/v1")
        environ.setdefault("BOOKSHOP_TOKEN_URL", f"{origin}/token")
    return environ


@contextmanager
def replica(env: Mapping[str, str], log: Path, *args: str, stateless: bool = True) -> Iterator[
        tuple[str, subprocess.Popen[bytes]]]:  # fmt: skip
    """The golden bookshop server over HTTP on a free loopback port: (base URL, process)."""
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    argv = bookshop_argv(port, *args, stateless=stateless)
    with started(argv, bookshop_env(env), log, base + "/healthz") as process:
        yield base, process


@contextmanager
def bookshop(env: Mapping[str, str], log: Path, *args: str, stateless: bool = True) -> Iterator[str]:
    """The golden bookshop server over HTTP (`--json-response`, `--stateless` unless told) on a free loopback
    port."""
    with replica(env, log, *args, stateless=stateless) as (base, _):
        yield base


def call(client: httpx.Client, base: str, tool: str, args: dict[str, Any], token: str | None = None,
         number: int = 1, **extra: str) -> httpx.Response:  # fmt: skip
    headers = {**HEADERS, **extra}
    if token is not None:
        headers["Authorization"] = f"Bearer {token}"
    message = {"jsonrpc": "2.0", "id": number, "method": "tools/call", "params": {"name": tool, "arguments": args}}
    return client.post(f"{base}/mcp", json=message, headers=headers)
