"""Azure Storage Shared Key: each request is signed with the account key (HMAC-SHA256
over the verb, standard headers, `x-ms-*` headers and the resource), at send time,
so the signature covers exactly what goes on the wire."""

from __future__ import annotations

import base64
import binascii
import email.utils
import hashlib
import hmac
import urllib.parse
from collections.abc import Callable, Generator, Mapping
from typing import Any

import httpx

from .auth import AuthError, Outgoing

_STANDARD = (
    "content-encoding",
    "content-language",
    "content-length",
    "content-md5",
    "content-type",
    "date",
    "if-modified-since",
    "if-match",
    "if-none-match",
    "if-unmodified-since",
    "range",
)


class SharedKeyAuth(httpx.Auth):
    def __init__(self, account: str, key: bytes) -> None:
        self.account = account
        self.key = key

    def auth_flow(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["x-ms-date"] = email.utils.formatdate(usegmt=True)
        request.headers["Authorization"] = (
            f"SharedKey {self.account}:{self.signature(request)}"
        )
        yield request

    def string_to_sign(self, request: httpx.Request) -> str:
        headers = {k.lower(): v for k, v in request.headers.items()}
        standard = [headers.get(name, "") for name in _STANDARD]
        if standard[2] == "0":
            standard[2] = ""  # Content-Length 0 is signed as empty
        ms = sorted((k, " ".join(v.split())) for k, v in headers.items() if k.startswith("x-ms-"))
        canonical_headers = "".join(f"{k}:{v}\n" for k, v in ms)
        path = request.url.raw_path.decode("ascii").split("?", 1)[0]
        resource = f"/{self.account}{path}"
        params: dict[str, list[str]] = {}
        for name, value in urllib.parse.parse_qsl(
            request.url.query.decode("ascii"), keep_blank_values=True
        ):
            params.setdefault(name.lower(), []).append(value)
        for name in sorted(params):
            resource += f"\n{name}:{','.join(sorted(params[name]))}"
        return "\n".join([request.method, *standard]) + "\n" + canonical_headers + resource

    def signature(self, request: httpx.Request) -> str:
        digest = hmac.new(
            self.key, self.string_to_sign(request).encode("utf-8"), hashlib.sha256
        ).digest()
        return base64.b64encode(digest).decode()


class SharedKeyCredential:
    """The `shared_key` scheme: account name and key from the environment."""

    def __init__(
        self,
        scheme: Mapping[str, Any],
        value: Callable[[Mapping[str, Any], str], str],
        base_url: str,
    ) -> None:
        account, key = value(scheme, "account"), value(scheme, "key")
        try:
            secret = base64.b64decode(key, validate=True)
        except (binascii.Error, ValueError) as exc:
            raise AuthError("the account key is not base64") from exc
        self.auth = SharedKeyAuth(account, secret)

    async def apply(
        self, scheme: Mapping[str, Any], out: Outgoing, http: httpx.AsyncClient
    ) -> None:
        out.auth = self.auth

    def invalidate(self) -> None:
        """Keys do not expire; a 401 is answered as it is."""
