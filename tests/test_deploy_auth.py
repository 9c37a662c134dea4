"""Caller authentication of a generated server over streamable HTTP (issue 13): the golden bookshop server,
started as users start it, with a JWKS, an introspection endpoint and the upstream API served on 127.0.0.1.

Every request without a valid token gets 401 with a `WWW-Authenticate` header naming the Protected Resource
Metadata, and never reaches the upstream API; the caller's token is never forwarded upstream.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from deploy_support import API_KEY, GOLDEN_SRC, Issuer, Upstream, bookshop, call, hmac_token, unsigned_token
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytestmark = pytest.mark.slow

RESOURCE = "https://mcp.test.invalid/mcp"
SEARCH = {"title": "dune", "body_title": "dune"}
METADATA = "https://mcp.test.invalid/.well-known/oauth-protected-resource/mcp"


@pytest.fixture(scope="module")
def upstream() -> Iterator[Upstream]:
    with Upstream() as server:
        yield server


@pytest.fixture(scope="module")
def issuer(upstream: Upstream) -> Issuer:
    return Issuer(upstream, "https://login.test.invalid/")


@pytest.fixture(scope="module")
def jwt_server(upstream: Upstream, issuer: Issuer, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    env = {
        "BOOKSHOP_BASE_URL": f"{upstream.base}/v1",
        "BOOKSHOP_AUTH_MODE": "jwt",
        "BOOKSHOP_AUTH_ISSUER": issuer.issuer,
        "BOOKSHOP_AUTH_JWKS_URL": f"{upstream.base}/jwks.json",
        "BOOKSHOP_RESOURCE_URL": RESOURCE,
    }
    with bookshop(env, tmp_path_factory.mktemp("jwt") / "server.log", "--log-level", "debug") as base:
        yield base


def _refused(response: httpx.Response) -> None:
    assert response.status_code == 401, response.text
    challenge = response.headers["WWW-Authenticate"]
    assert challenge.startswith("Bearer ")
    assert f'resource_metadata="{METADATA}"' in challenge


def test_a_valid_token_calls_the_tool_and_the_callers_token_never_reaches_the_api(
    jwt_server: str, upstream: Upstream, issuer: Issuer
) -> None:
    token = issuer.token(RESOURCE)
    before = upstream.api_requests()
    with httpx.Client(timeout=10) as client:
        response = call(client, jwt_server, "listBooks", {}, token)
    assert response.status_code == 200, response.text
    result = response.json()["result"]
    assert result.get("isError") is not True, result
    assert upstream.api_requests() == before + 1
    sent = upstream.requests[-1]["headers"]
    assert sent.get("X-API-Key") == API_KEY
    assert all(token not in value for value in sent.values())
    assert "Authorization" not in sent


def test_every_kind_of_invalid_token_gets_401_and_never_reaches_the_api(
    jwt_server: str, upstream: Upstream, issuer: Issuer
) -> None:
    stranger = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    now = int(time.time())
    claims = {"iss": issuer.issuer, "aud": RESOURCE, "sub": "user-1", "exp": now + 300}
    public_pem = issuer.key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    tokens = {
        "expired": issuer.token(RESOURCE, claims={"exp": now - 3600, "iat": now - 7200}),
        "wrong audience": issuer.token("https://other.test.invalid/mcp"),
        "wrong issuer": issuer.token(RESOURCE, claims={"iss": "https://evil.test.invalid/"}),
        "bad signature": issuer.token(RESOURCE, key=stranger),
        "unknown key id": issuer.token(RESOURCE, kid="key-404"),
        "alg none": unsigned_token(claims),
        "HS256 with the public key as secret": hmac_token(claims, public_pem, issuer.kid),
        "no expiry": issuer.token(RESOURCE, claims={"exp": None}),
        "not yet valid": issuer.token(RESOURCE, claims={"nbf": now + 3600}),
        "garbage": "not-a-jwt",
    }
    before = upstream.api_requests()
    with httpx.Client(timeout=10) as client:
        _refused(call(client, jwt_server, "listBooks", {}, None))
        for kind, token in tokens.items():
            response = call(client, jwt_server, "listBooks", {}, token)
            assert response.status_code == 401, kind
            _refused(response)
        # unknown key ids make the server fetch the JWKS again at most once per 30 s, not once per token
        fetches = upstream.jwks_fetches
        for number in range(5):
            _refused(call(client, jwt_server, "listBooks", {}, issuer.token(RESOURCE, kid=f"rotated-{number}")))
        assert upstream.jwks_fetches - fetches <= 1
    assert upstream.api_requests() == before, "a refused request reached the upstream API"


def test_protected_resource_metadata_names_the_resource_and_its_issuer(jwt_server: str, issuer: Issuer) -> None:
    for path in ("/.well-known/oauth-protected-resource/mcp", "/.well-known/oauth-protected-resource"):
        document = httpx.get(jwt_server + path, timeout=10).json()
        assert document["resource"] == RESOURCE
        assert document["authorization_servers"] == [issuer.issuer]
        assert document["bearer_methods_supported"] == ["header"]


def test_an_operation_needs_the_scopes_of_its_security_requirement(
    jwt_server: str, upstream: Upstream, issuer: Issuer
) -> None:
    before = upstream.api_requests()
    with httpx.Client(timeout=10) as client:
        lacking = call(client, jwt_server, "searchBooks", SEARCH, issuer.token(RESOURCE, scopes="books:write"))
        # step-up authorization: 403 naming the scopes to ask the authorization server for
        assert lacking.status_code == 403
        challenge = lacking.headers["WWW-Authenticate"]
        assert 'error="insufficient_scope"' in challenge and 'scope="books:read"' in challenge
        assert f'resource_metadata="{METADATA}"' in challenge
        assert upstream.api_requests() == before
        # an operation that needs no scope is not held back
        assert call(client, jwt_server, "listBooks", {}, issuer.token(RESOURCE)).status_code == 200
        before = upstream.api_requests()
        granted = issuer.token(RESOURCE, scopes="books:read")
        result = call(client, jwt_server, "searchBooks", SEARCH, granted).json()["result"]
        assert result.get("isError") is not True, result
    assert upstream.api_requests() == before + 1
    assert upstream.requests[-1]["path"].startswith("/v1/books/search")


_SCHEMES = st.sampled_from([b"Bearer ", b"bearer ", b"Bearer", b"Basic ", b"Token ", b"", b" Bearer  ", b"BEARER ",
                            b"Bearer\t", b"Bearer Bearer "])  # fmt: skip
_PIECE = st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_=+/.", max_size=60)
_JWTISH = st.tuples(_PIECE, _PIECE, _PIECE).map(lambda p: ("eyJ" + ".".join(p)).encode())
_BYTES = st.binary(max_size=300).map(lambda b: b.replace(b"\r", b"").replace(b"\n", b""))
_PRINTABLE = st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x7E), max_size=200).map(str.encode)


def _raw_post(base: str, authorization: bytes) -> int:
    """POST a tools/call with this exact Authorization header (bytes as they are); the status code."""
    host, port = base.removeprefix("http://").split(":")
    body = b'{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"listBooks","arguments":{}}}'
    request = (
        b"POST /mcp HTTP/1.1\r\nHost: " + f"{host}:{port}".encode() + b"\r\n"
        b"Accept: application/json, text/event-stream\r\nContent-Type: application/json\r\n"
        b"Authorization: " + authorization + b"\r\nContent-Length: " + str(len(body)).encode() + b"\r\n"
        b"Connection: close\r\n\r\n" + body
    )
    with socket.create_connection((host, int(port)), timeout=10) as conn:
        conn.sendall(request)
        answer = b""
        while b"\r\n" not in answer:
            chunk = conn.recv(4096)
            if not chunk:
                break
            answer += chunk
    return int(answer.split(b" ", 2)[1])


@settings(max_examples=200, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])  # fmt: skip
@given(scheme=_SCHEMES, value=st.one_of(_PRINTABLE, _JWTISH, _BYTES))
def test_malformed_authorization_headers_get_401_and_never_reach_the_api(
    jwt_server: str, upstream: Upstream, scheme: bytes, value: bytes
) -> None:
    before = upstream.api_requests()
    status = _raw_post(jwt_server, scheme + value)
    if any((b < 0x20 and b != 0x09) or b == 0x7F for b in value):
        # control characters: the HTTP parser refuses the request before any application code runs
        assert status in (400, 401)
    else:
        assert status == 401, (scheme + value, status)
    assert upstream.api_requests() == before


# -- introspection and static tokens ------------------------------------------------------------------------


def test_introspection_accepts_active_tokens_only(upstream: Upstream, tmp_path: Path) -> None:
    upstream.active["opaque-good"] = {"active": True, "sub": "svc-1", "aud": RESOURCE, "scope": "books:read",
                                      "exp": int(time.time()) + 600, "iss": "https://login.test.invalid/"}  # fmt: skip
    upstream.active["opaque-other-aud"] = {**upstream.active["opaque-good"], "aud": "https://else.test.invalid"}
    env = {
        "BOOKSHOP_BASE_URL": f"{upstream.base}/v1",
        "BOOKSHOP_AUTH_MODE": "introspection",
        "BOOKSHOP_AUTH_ISSUER": "https://login.test.invalid/",
        "BOOKSHOP_AUTH_INTROSPECTION_URL": f"{upstream.base}/introspect",
        "BOOKSHOP_AUTH_CLIENT_ID": "mcp-server",
        "BOOKSHOP_AUTH_CLIENT_SECRET": "introspection-secret-77",
        "BOOKSHOP_RESOURCE_URL": RESOURCE,
    }
    before = upstream.api_requests()
    with bookshop(env, tmp_path / "server.log") as base, httpx.Client(timeout=10) as client:
        for token in ("opaque-bad", "opaque-other-aud"):
            _refused(call(client, base, "listBooks", {}, token))
        assert upstream.api_requests() == before
        good = call(client, base, "searchBooks", {"title": "x", "body_title": "x"}, "opaque-good")
        assert good.status_code == 200
        assert good.json()["result"].get("isError") is not True, good.text
    assert upstream.api_requests() == before + 1


def test_static_tokens_are_compared_and_name_the_caller(upstream: Upstream, tmp_path: Path) -> None:
    env = {"BOOKSHOP_BASE_URL": f"{upstream.base}/v1", "BOOKSHOP_AUTH_MODE": "static",
           "BOOKSHOP_AUTH_TOKENS": "alice:tok-alice-1234, bob:tok-bob-5678"}  # fmt: skip
    before = upstream.api_requests()
    with bookshop(env, tmp_path / "server.log") as base, httpx.Client(timeout=10) as client:
        for token in ("tok-alice-123", "tok-alice-12345", "alice:tok-alice-1234", "tok-bob-5678x"):
            response = call(client, base, "listBooks", {}, token)
            assert response.status_code == 401
            assert "WWW-Authenticate" in response.headers
        assert upstream.api_requests() == before
        for token in ("tok-alice-1234", "tok-bob-5678"):
            response = call(client, base, "listBooks", {}, token)
            assert response.json()["result"].get("isError") is not True
        # no OAuth metadata in static mode: there is no authorization server to name
        assert httpx.get(base + "/.well-known/oauth-protected-resource", timeout=5).status_code == 404
    assert upstream.api_requests() == before + 2


def _run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environ = {"PYTHONPATH": str(GOLDEN_SRC), "PATH": "/usr/bin:/bin", **(env or {})}
    return subprocess.run([sys.executable, "-m", "bookshop_mcp", *args], capture_output=True, text=True,
                          timeout=60, env=environ, check=False)  # fmt: skip


def test_a_non_loopback_address_without_caller_auth_is_refused_unless_the_flag_says_so() -> None:
    for host in ("0.0.0.0", "::", "192.0.2.10"):
        done = _run("--transport", "http", "--host", host, "--port", "1")
        assert done.returncode != 0
        assert "refusing to serve" in done.stderr and "BOOKSHOP_AUTH_MODE" in done.stderr
        assert "--allow-unauthenticated" in done.stderr
    sys.path.insert(0, str(GOLDEN_SRC))
    try:
        from bookshop_mcp.__main__ import loopback
    finally:
        sys.path.remove(str(GOLDEN_SRC))
    assert loopback("127.0.0.1") and loopback("::1") and loopback("localhost") and loopback("127.0.0.2")
    assert not loopback("0.0.0.0") and not loopback("::") and not loopback("mcp.example.com")


def test_incomplete_caller_auth_settings_stop_the_server_naming_the_variables() -> None:
    done = _run("--transport", "http", env={"BOOKSHOP_AUTH_MODE": "jwt"})
    assert done.returncode != 0
    for name in ("BOOKSHOP_AUTH_ISSUER", "BOOKSHOP_AUTH_JWKS_URL", "BOOKSHOP_RESOURCE_URL"):
        assert name in done.stderr
    done = _run("--transport", "http", env={"BOOKSHOP_AUTH_MODE": "static", "BOOKSHOP_AUTH_TOKENS": "a",
                                            "BOOKSHOP_AUTH_ALGORITHMS": "none"})  # fmt: skip
    assert done.returncode != 0 and "'none'" in done.stderr
    done = _run("--transport", "http", env={"BOOKSHOP_AUTH_MODE": "sometimes"})
    assert done.returncode != 0 and "BOOKSHOP_AUTH_MODE must be one of" in done.stderr
