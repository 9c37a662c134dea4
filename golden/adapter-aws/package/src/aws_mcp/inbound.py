"""Who may call this server over HTTP: OAuth 2.1 resource-server checks of bearer
tokens (JWT with a JWKS, or RFC 7662 introspection), or static tokens.

This is the *callers'* side. The upstream API's credentials are in `auth.py`; a
caller's token is never sent upstream. Token parsing and signature checks are
PyJWT's; this module only chooses keys and reads claims.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import anyio
import httpx
import jwt
from mcp.server.auth.provider import AccessToken

logger = logging.getLogger(__package__ + ".inbound")

MODES = ("none", "static", "jwt", "introspection")
DEFAULT_ALGORITHMS = ("RS256", "RS384", "RS512", "ES256", "ES384", "PS256", "EdDSA")
JWKS_TTL = 300.0
"""Seconds a fetched key set is used before it is fetched again."""
JWKS_MIN_REFRESH = 30.0
"""Unknown key ids fetch the set again at most this often (not once per bad token)."""
INTROSPECTION_CACHE = 60.0
LEEWAY = 30


class InboundError(ValueError):
    """The caller-auth configuration is incomplete or invalid (raised at start)."""


@dataclass(frozen=True)
class AuthConfig:
    mode: str = "none"
    issuer: str = ""
    audience: str = ""
    jwks_url: str = ""
    introspection_url: str = ""
    client_id: str = ""
    client_secret: str = ""
    resource_url: str = ""
    algorithms: tuple[str, ...] = DEFAULT_ALGORITHMS
    scopes: tuple[str, ...] = ()
    tokens: tuple[tuple[str, str], ...] = field(default=(), repr=False)
    """(caller name, token) pairs of the static mode."""

    @property
    def enabled(self) -> bool:
        return self.mode != "none"

    def secrets(self) -> list[str]:
        return [t for _, t in self.tokens] + [self.client_secret]


def load_config(
    base: Mapping[str, Any], env: Mapping[str, str], prefix: str
) -> AuthConfig:
    """`deploy.json`'s `auth` section, each value overridable by `<PREFIX>_AUTH_*`."""

    def get(key: str, var: str) -> str:
        value = env.get(f"{prefix}_{var}")
        if value is not None:
            return value.strip()
        raw = base.get(key)
        return str(raw) if raw is not None else ""

    def words(key: str, var: str, default: Sequence[str] = ()) -> tuple[str, ...]:
        value = env.get(f"{prefix}_{var}")
        if value is not None:
            return tuple(value.replace(",", " ").split())
        return tuple(base.get(key) or default)

    mode = get("mode", "AUTH_MODE").lower() or "none"
    if mode not in MODES:
        raise InboundError(
            f"{prefix}_AUTH_MODE must be one of {', '.join(MODES)}, not {mode!r}"
        )
    algorithms = words("algorithms", "AUTH_ALGORITHMS", DEFAULT_ALGORITHMS)
    if any(a.lower() == "none" for a in algorithms):
        raise InboundError("the 'none' JWT algorithm cannot be allowed")
    config = AuthConfig(
        mode=mode,
        issuer=get("issuer", "AUTH_ISSUER"),
        audience=get("audience", "AUTH_AUDIENCE"),
        jwks_url=get("jwks_url", "AUTH_JWKS_URL"),
        introspection_url=get("introspection_url", "AUTH_INTROSPECTION_URL"),
        client_id=env.get(f"{prefix}_AUTH_CLIENT_ID", ""),
        client_secret=env.get(f"{prefix}_AUTH_CLIENT_SECRET", ""),
        resource_url=get("resource_url", "RESOURCE_URL"),
        algorithms=algorithms,
        scopes=words("scopes", "AUTH_SCOPES"),
        tokens=static_tokens(env.get(f"{prefix}_AUTH_TOKENS", "")),
    )
    missing = {
        "static": [("AUTH_TOKENS", config.tokens)],
        "jwt": [
            ("AUTH_ISSUER", config.issuer),
            ("AUTH_JWKS_URL", config.jwks_url),
            ("RESOURCE_URL", config.resource_url),
        ],
        "introspection": [
            ("AUTH_ISSUER", config.issuer),
            ("AUTH_INTROSPECTION_URL", config.introspection_url),
            ("RESOURCE_URL", config.resource_url),
        ],
    }.get(mode, [])
    absent = [f"{prefix}_{name}" for name, value in missing if not value]
    if absent:
        raise InboundError(f"caller auth mode {mode!r} needs {', '.join(absent)}")
    return config


def static_tokens(text: str) -> tuple[tuple[str, str], ...]:
    """`TOKEN` or `NAME:TOKEN` entries separated by commas or whitespace."""
    entries = text.replace(",", " ").split()
    out = []
    for number, entry in enumerate(entries, 1):
        name, sep, token = entry.partition(":")
        if not sep:
            name, token = f"token-{number}", entry
        if token:
            out.append((name, token))
    return tuple(out)


def _scopes(claims: Mapping[str, Any]) -> list[str]:
    raw = claims.get("scope", claims.get("scp", ""))
    if isinstance(raw, str):
        return raw.split()
    if isinstance(raw, list):
        return [str(s) for s in raw if isinstance(s, str)]
    return []


def _audiences(claims: Mapping[str, Any]) -> list[str]:
    raw = claims.get("aud")
    if isinstance(raw, str):
        return [raw]
    return [a for a in raw if isinstance(a, str)] if isinstance(raw, list) else []


def _access(token: str, claims: Mapping[str, Any], fallback: str) -> AccessToken:
    subject = claims.get("sub")
    client = claims.get("client_id") or claims.get("azp") or subject or fallback
    expires = claims.get("exp")
    audiences = _audiences(claims)
    return AccessToken(
        token=token,
        client_id=str(client),
        scopes=_scopes(claims),
        expires_at=int(expires) if isinstance(expires, int | float) else None,
        resource=audiences[0] if audiences else None,
        subject=str(subject) if subject is not None else None,
        claims={"iss": claims.get("iss")} if claims.get("iss") else None,
    )


def _digest(token: str) -> bytes:
    return hashlib.sha256(token.encode("utf-8", "surrogateescape")).digest()


class StaticTokenVerifier:
    """Tokens from the environment, compared in constant time (all of them, always)."""

    def __init__(self, tokens: Sequence[tuple[str, str]], scopes: Sequence[str] = ()):
        self.tokens = [(name, _digest(token)) for name, token in tokens]
        self.scopes = list(scopes)

    async def verify_token(self, token: str) -> AccessToken | None:
        given = _digest(token)  # equal lengths: the comparison tells nothing of either
        found = None
        for name, known in self.tokens:
            if hmac.compare_digest(given, known):
                found = name
        if found is None:
            return None
        return AccessToken(
            token=token, client_id=found, scopes=self.scopes, subject=found
        )


class JwksCache:
    """The issuer's signing keys (JWKS) by key id, fetched over HTTP and cached."""

    def __init__(self, url: str, http: httpx.AsyncClient) -> None:
        self.url = url
        self.http = http
        self.keys: dict[str | None, dict[str, Any]] = {}
        self.built: dict[tuple[str | None, str], jwt.PyJWK] = {}
        self.fetched = 0.0
        self.lock = anyio.Lock()

    async def key(self, kid: str | None, algorithm: str) -> jwt.PyJWK | None:
        """The key `kid` for `algorithm` (a key naming another `alg` is refused)."""
        now = time.monotonic()
        if not self.fetched or now - self.fetched > JWKS_TTL:
            await self.refresh()
        elif self._find(kid) is None and now - self.fetched > JWKS_MIN_REFRESH:
            await self.refresh()  # the issuer may have rotated its keys
        data = self._find(kid)
        if data is None or data.get("alg", algorithm) != algorithm:
            return None
        built = self.built.get((kid, algorithm))
        if built is None:
            built = jwt.PyJWK(data, algorithm)  # raises when kty does not fit
            self.built[(kid, algorithm)] = built
        return built

    def _find(self, kid: str | None) -> dict[str, Any] | None:
        if kid is None and len(self.keys) == 1:
            return next(iter(self.keys.values()))
        return self.keys.get(kid) if kid is not None else None

    async def refresh(self) -> None:
        async with self.lock:
            if self.fetched and time.monotonic() - self.fetched < 1.0:
                return  # another request has just fetched it
            try:
                response = await self.http.get(self.url)
                response.raise_for_status()
                document = response.json()
                jwt.PyJWKSet.from_dict(document)  # refuses a set with no usable key
            except (httpx.HTTPError, ValueError, jwt.PyJWTError) as exc:
                logger.warning("cannot fetch the JWKS: %s", type(exc).__name__)
                self.fetched = time.monotonic() - JWKS_TTL + JWKS_MIN_REFRESH
                return
            self.keys = {
                k.get("kid"): k
                for k in document.get("keys", [])
                if isinstance(k, dict) and k.get("use", "sig") == "sig"
            }
            self.built = {}
            self.fetched = time.monotonic()


class JwtVerifier:
    """Signed JWT access tokens: signature by a key of the issuer's JWKS, then issuer,
    audience, expiry (required) and not-before."""

    def __init__(self, config: AuthConfig, http: httpx.AsyncClient) -> None:
        self.config = config
        self.audience = config.audience or config.resource_url
        self.jwks = JwksCache(config.jwks_url, http)

    async def verify_token(self, token: str) -> AccessToken | None:
        try:
            header = jwt.get_unverified_header(token)
            algorithm = header.get("alg")
            if algorithm not in self.config.algorithms:
                return None
            kid = header.get("kid")
            key = await self.jwks.key(kid if isinstance(kid, str) else None, algorithm)
            if key is None:
                return None
            claims = jwt.decode(
                token,
                key=key,
                algorithms=[algorithm],
                audience=self.audience,
                issuer=self.config.issuer,
                leeway=LEEWAY,
                options={"require": ["exp", "iss", "aud"]},
            )
        except jwt.PyJWTError as exc:
            logger.info("bearer token refused: %s", type(exc).__name__)
            return None
        except Exception as exc:  # an odd token must give 401, never a 500
            logger.warning("bearer token check failed: %s", type(exc).__name__)
            return None
        return _access(token, claims, "jwt")


class IntrospectionVerifier:
    """RFC 7662: the authorization server says whether a token is active."""

    def __init__(self, config: AuthConfig, http: httpx.AsyncClient) -> None:
        self.config = config
        self.http = http
        self.audience = config.audience or config.resource_url
        self.cache: dict[bytes, tuple[float, AccessToken]] = {}

    async def verify_token(self, token: str) -> AccessToken | None:
        digest = _digest(token)
        now = time.time()
        hit = self.cache.get(digest)
        if hit and hit[0] > now:
            return hit[1]
        try:
            auth = None
            if self.config.client_id:
                auth = (self.config.client_id, self.config.client_secret)
            response = await self.http.post(
                self.config.introspection_url,
                data={"token": token, "token_type_hint": "access_token"},
                auth=auth,
            )
            response.raise_for_status()
            claims = response.json()
        except (httpx.HTTPError, ValueError) as exc:
            logger.warning("token introspection failed: %s", type(exc).__name__)
            return None
        if not isinstance(claims, dict) or claims.get("active") is not True:
            return None
        expires = claims.get("exp")
        if isinstance(expires, int | float) and expires < now - LEEWAY:
            return None
        if self.config.issuer and claims.get("iss") not in (None, self.config.issuer):
            return None
        audiences = _audiences(claims)
        if self.audience and audiences and self.audience not in audiences:
            return None
        access = _access(token, claims, self.config.client_id or "introspection")
        until = now + INTROSPECTION_CACHE
        if isinstance(expires, int | float):
            until = min(until, float(expires))
        if len(self.cache) > 10_000:
            self.cache.clear()
        self.cache[digest] = (until, access)
        return access


def verifier(config: AuthConfig, http: httpx.AsyncClient) -> Any:
    if config.mode == "static":
        return StaticTokenVerifier(config.tokens, config.scopes)
    if config.mode == "jwt":
        return JwtVerifier(config, http)
    if config.mode == "introspection":
        return IntrospectionVerifier(config, http)
    return None


def http_options(config: AuthConfig, http: httpx.AsyncClient) -> dict[str, Any]:
    """Keyword arguments of `Server.streamable_http_app` that make it a resource
    server: bearer tokens required on `/mcp`, 401 with `WWW-Authenticate` (pointing
    to the Protected Resource Metadata when a resource URL is known)."""
    from mcp.server.auth.settings import AuthSettings

    if not config.enabled:
        return {}
    oauth = config.mode in ("jwt", "introspection")
    settings = AuthSettings(
        issuer_url=config.issuer if oauth else "http://127.0.0.1",
        resource_server_url=config.resource_url if oauth else None,
        required_scopes=list(config.scopes) or None,
        validate_token_resource=False,  # the verifiers check the audience
    )
    return {"auth": settings, "token_verifier": verifier(config, http)}


def metadata_routes(config: AuthConfig, name: str) -> list[Any]:
    """RFC 9728 metadata, also at the bare `/.well-known/oauth-protected-resource`
    (the SDK serves it under the resource's path, as RFC 9728 section 3.1 says)."""
    if config.mode not in ("jwt", "introspection"):
        return []
    from starlette.responses import JSONResponse
    from starlette.routing import Route

    document = {
        "resource": config.resource_url,
        "authorization_servers": [config.issuer],
        "bearer_methods_supported": ["header"],
        "resource_name": name,
    }
    if config.scopes:
        document["scopes_supported"] = list(config.scopes)

    async def metadata(request: Any) -> JSONResponse:
        return JSONResponse(document, headers={"Cache-Control": "public, max-age=3600"})

    path = "/.well-known/oauth-protected-resource"
    return [Route(path, metadata, methods=["GET"])]
