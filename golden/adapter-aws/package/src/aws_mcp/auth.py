"""Credentials for the upstream API: from the environment, never from code or logs."""

from __future__ import annotations

import base64
import os
import time
import urllib.parse
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import anyio
import httpx


class AuthError(Exception):
    """Credentials are configured but could not be used (a token request failed)."""


@dataclass
class Outgoing:
    """The parts of a request that credentials may add to."""

    headers: dict[str, str] = field(default_factory=dict)
    query: list[tuple[str, str]] = field(default_factory=list)
    cookies: dict[str, str] = field(default_factory=dict)
    auth: Any = None
    """An `httpx.Auth` that signs the request as sent (Shared Key)."""


class ClientCredentialsToken:
    """OAuth2 client-credentials access token, cached until shortly before expiry."""

    def __init__(
        self, token_url: str, client_id: str, secret: str, scopes: str
    ) -> None:
        self.token_url = token_url
        self.client_id = client_id
        self.secret = secret
        self.scopes = scopes
        self._token: str | None = None
        self._expires = 0.0
        self._lock = anyio.Lock()

    def invalidate(self) -> None:
        self._token = None

    async def get(self, http: httpx.AsyncClient) -> str:
        async with self._lock:
            if self._token is None or time.monotonic() >= self._expires:
                self._token, lifetime = await self._fetch(http)
                self._expires = time.monotonic() + max(lifetime - 30.0, lifetime / 2)
            return self._token

    async def _fetch(self, http: httpx.AsyncClient) -> tuple[str, float]:
        data = {"grant_type": "client_credentials"}
        if self.scopes:
            data["scope"] = self.scopes
        try:
            response = await http.post(
                self.token_url, data=data, auth=(self.client_id, self.secret)
            )
        except httpx.HTTPError as exc:
            raise AuthError(f"token request failed: {type(exc).__name__}") from exc
        if response.status_code != 200:
            raise AuthError(f"token endpoint answered HTTP {response.status_code}")
        try:
            payload = response.json()
            token = str(payload["access_token"])
        except (ValueError, KeyError, TypeError) as exc:
            raise AuthError("token endpoint sent no access_token") from exc
        lifetime = payload.get("expires_in", 3600)
        return token, float(lifetime) if isinstance(lifetime, int | float) else 3600.0


class Credentials:
    """Applies the configured security schemes to outgoing requests."""

    def __init__(self, schemes: Sequence[Mapping[str, Any]], env: Mapping[str, str]):
        self._schemes = {str(s["name"]): s for s in schemes}
        self._env = env
        self._tokens: dict[str, Any] = {}
        self.base_url = ""
        """Set by the API client: where session logins go."""

    def _value(self, scheme: Mapping[str, Any], role: str) -> str:
        name = scheme.get("env", {}).get(role)
        return self._env.get(name, "") if name else ""

    def configured(self, name: str) -> bool:
        scheme = self._schemes.get(name)
        if scheme is None:
            return False
        kind = scheme["kind"]
        if kind == "api_key":
            return bool(self._value(scheme, "key"))
        if kind == "http_bearer":
            return bool(self._value(scheme, "token"))
        if kind in ("http_basic", "session"):
            return bool(self._value(scheme, "username"))
        if kind == "oauth2_client_credentials":
            return bool(self._value(scheme, "client_id"))
        if kind == "azure_identity":
            return True  # the credential chain finds its own credentials
        if kind == "shared_key":
            return bool(self._value(scheme, "account") and self._value(scheme, "key"))
        if kind == "sas":
            return bool(self._value(scheme, "token"))
        if kind == "msal":
            return bool(
                self._value(scheme, "client_id") or self._value(scheme, "access_token")
            )
        return False

    def choose(self, alternatives: Sequence[Sequence[str]]) -> Sequence[str]:
        """The first alternative whose credentials are all set (none: no auth)."""
        for names in alternatives:
            if all(self.configured(n) for n in names):
                return names
        return ()

    def missing_hint(self, alternatives: Sequence[Sequence[str]]) -> str:
        wanted = []
        for names in alternatives:
            for name in names:
                scheme = self._schemes.get(name, {})
                wanted.extend(
                    v for k, v in scheme.get("env", {}).items() if k != "scopes"
                )
        return ", ".join(dict.fromkeys(wanted))

    def invalidate(self, names: Sequence[str]) -> bool:
        """Forget cached tokens of these schemes; True when there was one to forget."""
        dropped = False
        for name in names:
            if name in self._tokens:
                self._tokens[name].invalidate()
                dropped = True
        return dropped

    async def apply(
        self, names: Sequence[str], out: Outgoing, http: httpx.AsyncClient
    ) -> None:
        for name in names:
            scheme = self._schemes[name]
            kind = scheme["kind"]
            if kind == "api_key":
                value = self._value(scheme, "key")
                where, key = scheme["location"], str(scheme["param_name"])
                if where == "header":
                    out.headers[key] = value
                elif where == "query":
                    out.query.append((key, value))
                else:
                    out.cookies[key] = value
            elif kind == "http_bearer":
                token = self._value(scheme, "token")
                out.headers["Authorization"] = f"Bearer {token}"
            elif kind == "http_basic":
                user = self._value(scheme, "username")
                pair = f"{user}:{self._value(scheme, 'password')}"
                encoded = base64.b64encode(pair.encode()).decode()
                out.headers["Authorization"] = f"Basic {encoded}"
            elif kind == "oauth2_client_credentials":
                token = await self._token(scheme).get(http)
                out.headers["Authorization"] = f"Bearer {token}"
            elif kind == "sas":  # a shared access signature: its query parameters
                token = self._value(scheme, "token").lstrip("?")
                out.query.extend(urllib.parse.parse_qsl(token, keep_blank_values=True))
            elif kind in ("session", "msal", "azure_identity", "shared_key"):
                await self._extension(scheme).apply(scheme, out, http)

    def _extension(self, scheme: Mapping[str, Any]) -> Any:
        """The session or msal credential of a scheme, from its own module."""
        name = str(scheme["name"])
        if name not in self._tokens:
            if scheme["kind"] == "session":
                from .sessions import SessionCredential as Credential
            elif scheme["kind"] == "azure_identity":
                from .azure_identity_auth import AzureIdentityCredential as Credential
            elif scheme["kind"] == "shared_key":
                from .shared_key_auth import SharedKeyCredential as Credential
            else:
                from .msal_auth import MsalCredential as Credential
            self._tokens[name] = Credential(scheme, self._value, self.base_url)
        return self._tokens[name]

    async def aclose(self, http: httpx.AsyncClient) -> None:
        """Log out of sessions when the server stops."""
        for token in self._tokens.values():
            closer = getattr(token, "aclose", None)
            if closer is not None:
                await closer(http)

    def _token(self, scheme: Mapping[str, Any]) -> ClientCredentialsToken:
        name = str(scheme["name"])
        if name not in self._tokens:
            self._tokens[name] = ClientCredentialsToken(
                self._value(scheme, "token_url") or str(scheme["token_url"]),
                self._value(scheme, "client_id"),
                self._value(scheme, "client_secret"),
                self._value(scheme, "scopes"),
            )
        return self._tokens[name]


def environment() -> Mapping[str, str]:
    return os.environ
