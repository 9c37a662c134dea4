"""Azure sign-in with azure-identity's `DefaultAzureCredential`: environment
variables (`AZURE_CLIENT_ID`, `AZURE_TENANT_ID`, `AZURE_CLIENT_SECRET`), workload or
managed identity, or the Azure CLI's login, in that order. A ready access token
(the `access_token` variable) is sent as it is instead."""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from typing import Any

import anyio
import httpx

from .auth import AuthError, Outgoing


class AzureIdentityCredential:
    def __init__(
        self,
        scheme: Mapping[str, Any],
        value: Callable[[Mapping[str, Any], str], str],
        base_url: str,
    ) -> None:
        self.access_token = value(scheme, "access_token")
        scopes = value(scheme, "scopes") or " ".join(scheme.get("scopes") or ())
        origin = str(httpx.URL(base_url).copy_with(path="/", query=None)).rstrip("/")
        self.scopes = scopes.split() or [origin + "/.default"]
        self._credential: Any = None
        self._token: str | None = None
        self._expires = 0.0
        self._lock = anyio.Lock()

    async def apply(
        self, scheme: Mapping[str, Any], out: Outgoing, http: httpx.AsyncClient
    ) -> None:
        token = self.access_token
        if not token:
            async with self._lock:
                if self._token is None or time.time() >= self._expires:
                    self._token, self._expires = await anyio.to_thread.run_sync(
                        self._fetch
                    )
                token = self._token
        out.headers["Authorization"] = f"Bearer {token}"

    def invalidate(self) -> None:
        self._token = None

    def _fetch(self) -> tuple[str, float]:
        from azure.core.exceptions import ClientAuthenticationError
        from azure.identity import DefaultAzureCredential

        if self._credential is None:
            self._credential = DefaultAzureCredential()
        try:
            found = self._credential.get_token(*self.scopes)
        except ClientAuthenticationError as exc:
            first = str(exc).strip().splitlines()[0][:200] if str(exc).strip() else ""
            raise AuthError(f"no Azure credential: {first}") from exc
        return found.token, float(found.expires_on) - 60.0
