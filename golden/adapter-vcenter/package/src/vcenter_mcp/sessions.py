"""Session login: basic credentials exchanged once for a session token that every
call then carries (vSphere's `POST /api/session` and `vmware-api-session-id`).

The token is kept in memory only; a call answered 401 logs in again once, and the
server logs out when it stops.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import anyio
import httpx

from .auth import AuthError, Outgoing


class SessionError(AuthError):
    """The login failed; the message never carries the credentials."""


class SessionCredential:
    """A `session` security scheme: where the token goes and the session behind it."""

    def __init__(
        self,
        scheme: Mapping[str, Any],
        value: Callable[[Mapping[str, Any], str], str],
        base_url: str,
    ) -> None:
        self.where = str(scheme.get("location") or "header")
        self.name = str(scheme.get("param_name") or "Authorization")
        self.session = SessionToken(
            scheme["session"],
            base_url,
            value(scheme, "username"),
            value(scheme, "password"),
        )

    async def apply(
        self, scheme: Mapping[str, Any], out: Outgoing, http: httpx.AsyncClient
    ) -> None:
        token = await self.session.get(http)
        if self.where == "query":
            out.query[:] = [(k, v) for k, v in out.query if k != self.name]
            out.query.append((self.name, token))
        elif self.where == "cookie":
            out.cookies[self.name] = token
        else:
            out.headers[self.name] = token

    def invalidate(self) -> None:
        self.session.invalidate()

    async def aclose(self, http: httpx.AsyncClient) -> None:
        await self.session.logout(http, (self.name, ""))


class SessionToken:
    def __init__(
        self, spec: Mapping[str, Any], base_url: str, username: str, password: str
    ) -> None:
        self.spec = spec
        self.base_url = base_url.rstrip("/")
        self._auth = (username, password)
        self._token: str | None = None
        self._lock = anyio.Lock()

    @property
    def active(self) -> bool:
        return self._token is not None

    def invalidate(self) -> None:
        self._token = None

    async def get(self, http: httpx.AsyncClient) -> str:
        async with self._lock:
            if self._token is None:
                self._token = await self._login(http)
            return self._token

    async def _login(self, http: httpx.AsyncClient) -> str:
        url = self.base_url + str(self.spec["path"])
        try:
            response = await http.request(
                str(self.spec.get("method") or "POST"), url, auth=self._auth
            )
        except httpx.HTTPError as exc:
            raise SessionError(f"login request failed: {type(exc).__name__}") from exc
        if not response.is_success:
            raise SessionError(f"login answered HTTP {response.status_code}")
        token = _token(response, str(self.spec.get("token_from") or "body"))
        if not token:
            raise SessionError("the login answer carries no session token")
        return token

    async def logout(self, http: httpx.AsyncClient, header: tuple[str, str]) -> None:
        path = self.spec.get("logout_path")
        if not path or self._token is None or http.is_closed:
            return
        name, _ = header
        try:
            await http.request(
                str(self.spec.get("logout_method") or "DELETE"),
                self.base_url + str(path),
                headers={name: self._token},
            )
        except httpx.HTTPError:
            pass  # the session expires on its own
        self._token = None


def _token(response: httpx.Response, source: str) -> str:
    kind, _, name = source.partition(":")
    if kind == "header":
        return response.headers.get(name, "")
    try:
        data = response.json()
    except ValueError:
        return response.text.strip() if kind == "body" else ""
    if kind == "json" and isinstance(data, dict):
        value = data.get(name)
        return value if isinstance(value, str) else ""
    return data if isinstance(data, str) else ""
