"""Microsoft identity platform sign-in with msal.

- Application permissions (client credentials): set the client id, tenant and client
  secret; tokens are kept in memory.
- Delegated permissions (device code): run `python -m <package> login` once; the
  refreshable tokens go to a cache file only the user can read (0600, in a 0700
  folder), and the server takes its tokens from there without a prompt.
- A ready access token (the `access_token` variable) is sent as it is: no sign-in.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import anyio
import httpx

from .auth import AuthError, Outgoing

DEFAULT_AUTHORITY = "https://login.microsoftonline.com/{tenant}"


class MsalCredential:
    def __init__(
        self,
        scheme: Mapping[str, Any],
        value: Callable[[Mapping[str, Any], str], str],
        base_url: str,
    ) -> None:
        self.client_id = value(scheme, "client_id")
        self.secret = value(scheme, "client_secret")
        self.access_token = value(scheme, "access_token")
        tenant = value(scheme, "tenant") or "organizations"
        authority = str(scheme.get("authority") or DEFAULT_AUTHORITY)
        self.authority = authority.replace("{tenant}", tenant)
        scopes = value(scheme, "scopes") or " ".join(scheme.get("scopes") or ())
        self.scopes = scopes.split()
        self.resource = str(httpx.URL(base_url).copy_with(path="/", query=None))
        self.cache_path = Path(value(scheme, "token_cache") or default_cache(base_url))
        self._app: Any = None
        self._lock = anyio.Lock()

    def application_scopes(self) -> list[str]:
        """Client credentials take `<resource>/.default`, never delegated scopes."""
        given = [s for s in self.scopes if s.endswith("/.default")]
        return given or [self.resource.rstrip("/") + "/.default"]

    async def apply(
        self, scheme: Mapping[str, Any], out: Outgoing, http: httpx.AsyncClient
    ) -> None:
        token = self.access_token
        if not token:
            async with self._lock:
                token = await anyio.to_thread.run_sync(self._acquire)
        out.headers["Authorization"] = f"Bearer {token}"

    def invalidate(self) -> None:
        """A 401: msal refreshes expired tokens itself; nothing cached here to drop."""

    def _acquire(self) -> str:
        import msal

        if self.secret:
            if self._app is None:
                self._app = msal.ConfidentialClientApplication(
                    self.client_id,
                    authority=self.authority,
                    client_credential=self.secret,
                )
            result = self._app.acquire_token_for_client(
                scopes=self.application_scopes()
            )
        else:
            cache = load_cache(self.cache_path)
            if not list(cache.search(msal.TokenCache.CredentialType.ACCOUNT)):
                raise AuthError(
                    "not signed in: run `python -m "
                    f"{__package__} login` once (device-code sign-in)"
                )
            app = msal.PublicClientApplication(
                self.client_id, authority=self.authority, token_cache=cache
            )
            accounts = app.get_accounts()
            result = (
                app.acquire_token_silent(self.scopes, account=accounts[0])
                if accounts
                else None
            )
            save_cache(cache, self.cache_path)
            if not result:
                raise AuthError(
                    "not signed in: run `python -m "
                    f"{__package__} login` once (device-code sign-in)"
                )
        if "access_token" not in result:
            reason = result.get("error_description") or result.get("error") or "?"
            raise AuthError(f"sign-in failed: {str(reason).splitlines()[0][:200]}")
        return str(result["access_token"])


def default_cache(base_url: str) -> Path:
    home = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return home / str(__package__) / "msal-token-cache.json"


def load_cache(path: Path) -> Any:
    import msal

    cache = msal.SerializableTokenCache()
    if path.is_file():
        cache.deserialize(path.read_text(encoding="utf-8"))
    return cache


def save_cache(cache: Any, path: Path) -> None:
    """Writes the cache when it changed: user-only permissions, replaced atomically."""
    if not cache.has_state_changed:
        return
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    temporary = path.with_suffix(".tmp")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        handle.write(cache.serialize())
    os.chmod(temporary, 0o600)
    os.replace(temporary, path)


def login(env: Mapping[str, str] | None = None) -> int:
    """`python -m <package> login`: the device-code sign-in, filling the token cache."""
    import msal

    service = json.loads(
        (Path(__file__).parent / "service.json").read_text(encoding="utf-8")
    )
    env = os.environ if env is None else env
    scheme = next((s for s in service["auth"] if s["kind"] == "msal"), None)
    if scheme is None:
        print("this server has no Microsoft sign-in", file=sys.stderr)
        return 2

    def value(scheme: Mapping[str, Any], role: str) -> str:
        return env.get(scheme.get("env", {}).get(role, ""), "")

    base = env.get(service["env"]["base_url"]) or service["base_url"]
    credential = MsalCredential(scheme, value, base)
    if not credential.client_id:
        print(f"set {scheme['env']['client_id']} first", file=sys.stderr)
        return 2
    cache = load_cache(credential.cache_path)
    app = msal.PublicClientApplication(
        credential.client_id, authority=credential.authority, token_cache=cache
    )
    flow = app.initiate_device_flow(scopes=credential.scopes)
    if "user_code" not in flow:
        print(f"cannot start the sign-in: {flow.get('error')}", file=sys.stderr)
        return 1
    print(flow["message"], file=sys.stderr, flush=True)
    result = app.acquire_token_by_device_flow(flow)
    if "access_token" not in result:
        print(f"sign-in failed: {result.get('error')}", file=sys.stderr)
        return 1
    save_cache(cache, credential.cache_path)
    print(f"signed in; tokens cached in {credential.cache_path}", file=sys.stderr)
    return 0
