"""Calls the upstream API with httpx: URLs, parameters, auth and retries."""

from __future__ import annotations

import base64
import binascii
import email.utils
import json
import random
import re
import time
import urllib.parse
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import anyio
import httpx

from .auth import AuthError, Credentials, Outgoing

try:  # in packages whose operations answer with redirects to follow
    from .redirects import follow_redirect
except ImportError:  # pragma: no cover
    follow_redirect = None  # type: ignore[assignment]

IDEMPOTENT = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})
RETRY_STATUS = frozenset({429, 502, 503, 504})
MAX_RETRY_AFTER = 30.0
_PATH_PARAM = re.compile(r"\{([^{}]+)\}")


class _Omit:
    """Marks an argument the caller did not give: it is left out of the request."""

    def __repr__(self) -> str:
        return "OMIT"


OMIT: Any = _Omit()


@dataclass(frozen=True)
class Styled:
    """A parameter value with a non-default OpenAPI serialization style."""

    value: Any
    style: str | None = None
    explode: bool | None = None
    allow_reserved: bool = False


class CallError(Exception):
    """The request could not be made; the message is shown to the MCP client."""


class ApiClient:
    """One shared HTTP client per server; requests go only to the configured origin."""

    def __init__(
        self,
        base_url: str,
        credentials: Credentials,
        *,
        timeout: float = 30.0,
        max_retries: int = 2,
        transport: httpx.AsyncBaseTransport | None = None,
        user_agent: str = "mcpgen-server",
        event_hooks: Mapping[str, list[Any]] | None = None,
        verify: bool | str = True,
        settings: Mapping[str, str] | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.origin = _origin(self.base_url)
        self.base_path = _sent_path(self.base_url).rstrip("/") if self.base_url else ""
        self.credentials = credentials
        self.credentials.base_url = self.base_url
        self.max_retries = max(0, max_retries)
        self.settings = settings if settings is not None else {}
        self.http = httpx.AsyncClient(
            timeout=httpx.Timeout(timeout),
            transport=transport,
            follow_redirects=False,
            headers={"User-Agent": user_agent},
            event_hooks=dict(event_hooks or {}),
            verify=verify,
        )

    async def aclose(self) -> None:
        try:
            await self.credentials.aclose(self.http)
        finally:
            await self.http.aclose()

    def default(
        self, env: str | None, value: Any = OMIT, required: bool = False
    ) -> Any:
        """An argument's default: the variable `env` when it is set, else `value`."""
        if env and self.settings.get(env):
            return self.settings[env]
        if required and value is OMIT:
            raise CallError(f"this operation needs {env}; set it in the environment")
        return value

    async def follow(
        self, url: str, *, security: Sequence[Sequence[str]] = ()
    ) -> httpx.Response:
        """GET a link the API gave (the next page): only within the API's origin and
        base path, so credentials never go elsewhere."""
        if _origin(url) != self.origin:
            raise CallError("refused: the link leaves the configured API origin")
        sent = _sent_path(url)
        if not (sent + "/").startswith(self.base_path + "/") or any(
            _dot_segment(s) for s in sent.split("/")
        ):
            raise CallError("refused: the link leaves the API's base path")
        names = self.credentials.choose(security)
        return await self._send("GET", url, Outgoing(), {}, names)

    async def request(
        self,
        method: str,
        path: str,
        *,
        path_params: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        headers: Mapping[str, Any] | None = None,
        cookies: Mapping[str, Any] | None = None,
        body: Any = OMIT,
        encoding: str | None = None,
        media_type: str | None = None,
        files: Sequence[str] = (),
        body_required: bool = False,
        security: Sequence[Sequence[str]] = (),
        redirects: Sequence[str] = (),
    ) -> httpx.Response:
        if not self.base_url:
            raise CallError(
                "no API base URL is configured; set the *_BASE_URL variable"
            )
        path_params = path_params or {}
        filled = expand_path(path, path_params)
        url = self.base_url + filled
        if _origin(url) != self.origin:
            raise CallError(
                "refused: the request would leave the configured API origin"
            )
        reserved = {k for k, v in path_params.items() if _unstyle(v)[3]}
        if not self._within(url, filled, path, reserved):
            raise CallError(
                f"refused: the request path would leave the operation's path {path}"
            )
        out = Outgoing(
            headers=serialize_headers(headers or {}),
            query=serialize_query(query or {}),
            cookies=serialize_cookies(cookies or {}),
        )
        content = encode_body(
            body, encoding, media_type, files, out.headers, body_required
        )
        names = self.credentials.choose(security)
        if security and not names and not any(len(alt) == 0 for alt in security):
            hint = self.credentials.missing_hint(security)
            raise CallError(f"this operation needs credentials; set {hint}")
        response = await self._send(method, url, out, content, names)
        if redirects and response.is_redirect:
            return await follow_redirect(self.http, response, redirects)
        return response

    async def _send(
        self,
        method: str,
        url: str,
        out: Outgoing,
        content: dict[str, Any],
        names: Sequence[str],
    ) -> httpx.Response:
        """Sends with credentials; retries idempotent calls, 429s and expired logins."""
        attempt = 0
        while True:
            try:
                await self.credentials.apply(names, out, self.http)
            except AuthError as exc:
                raise CallError(f"authentication failed: {exc}") from exc
            try:
                headers = dict(out.headers)
                if out.cookies:
                    headers["Cookie"] = cookie_header(out.cookies)
                response = await self.http.request(
                    method,
                    url,
                    # no `params` when there are none: httpx would drop the URL's query
                    **({"params": out.query} if out.query else {}),
                    **({"auth": out.auth} if out.auth is not None else {}),
                    headers=headers,
                    **content,
                )
            except httpx.TimeoutException as exc:
                if method in IDEMPOTENT and attempt < self.max_retries:
                    attempt += 1
                    await anyio.sleep(_backoff(attempt, None))
                    continue
                raise CallError(
                    f"the API did not answer in time ({type(exc).__name__})"
                ) from exc
            except httpx.TransportError as exc:
                if method in IDEMPOTENT and attempt < self.max_retries:
                    attempt += 1
                    await anyio.sleep(_backoff(attempt, None))
                    continue
                raise CallError(f"cannot reach the API: {type(exc).__name__}") from exc
            if response.status_code == 401 and self.credentials.invalidate(names):
                if attempt < self.max_retries:
                    attempt += 1
                    continue
            retryable = method in IDEMPOTENT or response.status_code == 429
            if response.status_code in RETRY_STATUS and retryable:
                delay = _backoff(attempt + 1, response.headers.get("Retry-After"))
                if attempt < self.max_retries and delay <= MAX_RETRY_AFTER:
                    attempt += 1
                    await response.aclose()
                    await anyio.sleep(delay)
                    continue
            return response

    def _within(self, url: str, filled: str, template: str, reserved: set[str]) -> bool:
        """The URL as httpx sends it keeps the base path and the operation's template.

        `expand_path` already refuses unsafe values; this checks the result once more,
        after httpx has parsed (and could have normalised) the URL.
        """
        if not _template_regex(template, frozenset(reserved)).match(filled):
            return False
        sent = _sent_path(url)
        if not sent.startswith(self.base_path + "/"):
            return False
        segments = sent[len(self.base_path) + 1 :].split("/")
        return len(segments) == filled.count("/") and not any(
            _dot_segment(s) for s in segments
        )


def tls_verify(env: Mapping[str, str], names: Mapping[str, str]) -> bool | str:
    """httpx's `verify`: a CA bundle file, or False when verification is off."""
    bundle = env.get(names.get("ca_bundle", ""), "")
    if bundle:
        return bundle
    flag = env.get(names.get("tls_verify", ""), "").strip().lower()
    return flag not in ("0", "false", "no", "off")


def _origin(url: str) -> tuple[str, str, int | None]:
    parts = httpx.URL(url)
    return parts.scheme, parts.host, parts.port


def _sent_path(url: str) -> str:
    """The path part of `url` exactly as httpx puts it on the request line."""
    return httpx.URL(url).raw_path.decode("ascii").split("?", 1)[0]


@lru_cache(maxsize=512)
def _template_regex(template: str, reserved: frozenset[str]) -> re.Pattern[str]:
    """`/a/{x}/b` as a regex: a placeholder is one non-empty segment, or several for
    `allowReserved` parameters."""
    pattern, rest = "", template
    for match in _PATH_PARAM.finditer(template):
        before, rest = rest.split(match.group(0), 1)
        pattern += re.escape(before)
        pattern += "[^/]+(?:/[^/]+)*" if match.group(1) in reserved else "[^/]+"
    return re.compile(pattern + re.escape(rest) + r"\Z")


def _backoff(attempt: int, retry_after: str | None) -> float:
    if retry_after:
        retry_after = retry_after.strip()
        if retry_after.isdigit():
            return float(retry_after)
        try:
            when = email.utils.parsedate_to_datetime(retry_after).timestamp()
        except (TypeError, ValueError):
            pass
        else:
            return max(0.0, when - time.time())
    return min(8.0, 0.25 * 2**attempt) * (0.5 + random.random() / 2)  # noqa: S311


def _scalar(value: Any) -> str:
    if value is True:
        return "true"
    if value is False:
        return "false"
    if value is None:
        return ""
    if isinstance(value, dict | list):
        return json.dumps(value, separators=(",", ":"))
    return str(value)


def _unstyle(value: Any) -> tuple[Any, str | None, bool | None, bool]:
    if isinstance(value, Styled):
        return value.value, value.style, value.explode, value.allow_reserved
    return value, None, None, False


def _decoded(text: str) -> str:
    """`text` percent-decoded until it stops changing (servers may decode twice)."""
    for _ in range(4):
        plain = urllib.parse.unquote(text)
        if plain == text:
            break
        text = plain
    return text


def _dot_segment(segment: str) -> bool:
    """Whether a server could read `segment`, as sent, as a `.` or `..` path segment.

    RFC 3986 makes `%2E` the same as `.`, and servers differ in what they decode and
    strip before they resolve dot-segments, so the check is broad: after decoding, a
    piece between `/` or `\\`, cut at `;` (path parameters) or NUL and trimmed of
    whitespace, that is made only of dots.
    """
    for piece in re.split(r"[/\\]", _decoded(segment)):
        core = piece.split(";", 1)[0].split("\x00", 1)[0].strip()
        if core and not core.strip("."):
            return True
    return False


def expand_path(template: str, params: Mapping[str, Any]) -> str:
    """Fill `{name}` placeholders, percent-encoded so a value cannot change the path.

    A value is refused (CallError naming the parameter) when it would put an empty or
    a dot-segment (`.`, `..`, also percent-encoded, or made by a `label` prefix) into
    the path: an HTTP client or server would resolve it to another endpoint. Refused
    rather than encoded, because `%2E%2E` is `..` to the many servers that decode
    before they resolve.
    """

    def fill(match: re.Match[str]) -> str:
        name = match.group(1)
        value, style, explode, reserved = _unstyle(params.get(name, OMIT))
        if value is OMIT:
            raise CallError(f"missing path parameter {name!r}")
        safe = "/:@!$&'()*+,;=" if reserved else ""
        if style == "json":
            text = urllib.parse.quote(_json_text(value), safe=safe)
        elif isinstance(value, list):
            sep = (
                ","
                if not explode
                else {"label": ".", "matrix": ";"}.get(style or "", ",")
            )
            text = sep.join(urllib.parse.quote(_scalar(v), safe=safe) for v in value)
        elif isinstance(value, dict):
            pairs = [
                (urllib.parse.quote(str(k), safe=safe), _scalar(v))
                for k, v in value.items()
            ]
            if explode:
                text = ",".join(
                    f"{k}={urllib.parse.quote(v, safe=safe)}" for k, v in pairs
                )
            else:
                text = ",".join(
                    f"{k},{urllib.parse.quote(v, safe=safe)}" for k, v in pairs
                )
        else:
            text = urllib.parse.quote(_scalar(value), safe=safe)
        if style == "label":
            text = "." + text
        elif style == "matrix":
            text = f";{name}={text}"
        if not text or "" in text.split("/"):
            raise CallError(
                f"refused: path parameter {name!r} would leave an empty path segment"
            )
        if _dot_segment(text):
            raise CallError(
                f"refused: path parameter {name!r} would make a '.' or '..' path "
                "segment, which resolves to another endpoint"
            )
        return text

    filled = _PATH_PARAM.sub(fill, template)
    if any(_dot_segment(s) for s in filled.split("/")):
        names = ", ".join(repr(n) for n in _PATH_PARAM.findall(template))
        raise CallError(
            f"refused: path parameters {names} together would make a '.' or '..' "
            "path segment, which resolves to another endpoint"
        )
    return filled


def _json_text(value: Any) -> str:
    """A parameter described by `content: {application/json: ...}`: JSON text."""
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


def serialize_query(query: Mapping[str, Any]) -> list[tuple[str, str]]:
    pairs: list[tuple[str, str]] = []
    for name, raw in query.items():
        value, style, explode, _ = _unstyle(raw)
        if value is OMIT or (isinstance(value, (list, dict)) and not value):
            continue  # RFC 6570: an empty list or map is undefined, so not sent
        if style == "json":
            pairs.append((name, _json_text(value)))
            continue
        style = style or "form"
        explode = style == "form" if explode is None else explode
        if isinstance(value, list):
            items = [_scalar(v) for v in value]
            if explode and style == "form":
                pairs.extend((name, v) for v in items)
            else:
                sep = {"spaceDelimited": " ", "pipeDelimited": "|"}.get(style, ",")
                pairs.append((name, sep.join(items)))
        elif isinstance(value, dict):
            if style == "deepObject":
                pairs.extend((f"{name}[{k}]", _scalar(v)) for k, v in value.items())
            elif explode:
                pairs.extend((str(k), _scalar(v)) for k, v in value.items())
            else:
                flat = [x for k, v in value.items() for x in (str(k), _scalar(v))]
                pairs.append((name, ",".join(flat)))
        else:
            pairs.append((name, _scalar(value)))
    return pairs


def serialize_cookies(cookies: Mapping[str, Any]) -> dict[str, str]:
    out = {}
    for name, raw in cookies.items():
        value, style, _, _ = _unstyle(raw)
        if value is not OMIT:
            out[name] = _json_text(value) if style == "json" else _scalar(value)
    return out


def cookie_header(cookies: Mapping[str, str]) -> str:
    """A `Cookie` header; characters a cookie may not carry are percent-encoded."""
    safe = "!#$&'()*+-./:<=>?@[]^_`{|}~"
    return "; ".join(
        f"{k}={urllib.parse.quote(v, safe=safe)}" for k, v in cookies.items()
    )


def serialize_headers(headers: Mapping[str, Any]) -> dict[str, str]:
    out = {}
    for name, raw in headers.items():
        value, style, explode, _ = _unstyle(raw)
        if value is OMIT:
            continue
        if style == "json":
            out[name] = json.dumps(
                value, separators=(",", ":")
            )  # ASCII: a header carries no other text
        elif isinstance(value, list):
            out[name] = ",".join(_scalar(v) for v in value)
        elif isinstance(value, dict):
            sep = "=" if explode else ","
            out[name] = ",".join(f"{k}{sep}{_scalar(v)}" for k, v in value.items())
        else:
            out[name] = _scalar(value)
    return out


def _decode(value: Any, field: str) -> bytes:
    try:
        return base64.b64decode(str(value), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise CallError(f"argument {field!r} must be base64-encoded") from exc


def encode_body(
    body: Any,
    encoding: str | None,
    media_type: str | None,
    files: Sequence[str],
    headers: dict[str, str],
    required: bool = False,
) -> dict[str, Any]:
    """httpx keyword arguments for the body (none for an optional body left empty)."""
    if isinstance(body, dict):
        body = {k: v for k, v in body.items() if v is not OMIT}
        if not body and not required:
            return {}
    if body is OMIT or encoding is None:
        return {}
    if encoding == "json":
        headers["Content-Type"] = media_type or "application/json"
        return {"content": json.dumps(body, separators=(",", ":"), ensure_ascii=False)}
    if encoding == "form":
        if not body:  # a required form with no field given: an empty one, not none
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            return {"content": b""}
        return {"data": {k: _scalar(v) for k, v in body.items()}}
    if encoding == "multipart":
        if not body:  # a required multipart body with no part given: an empty one
            headers["Content-Type"] = "multipart/form-data; boundary=empty"
            return {"content": b"--empty--\r\n"}
        parts = [
            (k, (k, _decode(v, k)) if k in files else (None, _scalar(v)))
            for k, v in body.items()
        ]
        return {"files": parts}
    headers["Content-Type"] = media_type or "application/octet-stream"
    if encoding == "text":
        return {"content": str(body).encode()}
    return {"content": _decode(body, "body")}
