"""Upstream HTTP responses to MCP tool results."""

from __future__ import annotations

import base64
import json
from typing import Any

import httpx
import mcp_types as types

MAX_ERROR_BODY = 2000
# Left out of a HEAD answer's headers: the upstream's session, not the caller's to see.
PRIVATE_HEADERS = frozenset({"set-cookie", "set-cookie2", "www-authenticate"})


def text_result(text: str, *, error: bool = False) -> types.CallToolResult:
    return types.CallToolResult(
        content=[types.TextContent(type="text", text=text)], is_error=error
    )


def _trim(text: str, limit: int = MAX_ERROR_BODY) -> str:
    return (
        text if len(text) <= limit else text[:limit] + f"... ({len(text)} characters)"
    )


def _media(response: httpx.Response) -> str:
    return response.headers.get("content-type", "").split(";")[0].strip().lower()


def _is_json(media: str) -> bool:
    return media in ("application/json", "text/json") or media.endswith("+json")


def to_result(
    response: httpx.Response,
    kind: str,
    wrapped: bool,
    validate: Any,
) -> types.CallToolResult:
    """Build the tool result. `validate(data)` returns an error message or None."""
    request = response.request
    where = f"{request.method} {request.url.path}"
    status = response.status_code
    if not 200 <= status < 300:
        reason = response.reason_phrase or ""
        body = _trim(response.text.strip())
        detail = f": {body}" if body else ""
        return text_result(f"HTTP {status} {reason} from {where}{detail}", error=True)
    # a HEAD answer never has a body (RFC 9110 9.3.2): what it says is in its headers
    if request.method == "HEAD":
        return text_result(_head_text(response))
    media = _media(response)
    if not response.content or status == 204:
        return text_result(f"HTTP {status} {response.reason_phrase or ''} (no content)")
    if _is_json(media) or (kind == "json" and not media):
        return _json_result(response, where, wrapped, validate)
    if media.startswith("image/") or (kind == "image" and not media):
        data = base64.b64encode(response.content).decode()
        image = types.ImageContent(
            type="image", data=data, mime_type=media or "image/png"
        )
        return types.CallToolResult(content=[image])
    if media.startswith("text/") or media in ("application/xml", "application/yaml"):
        return text_result(response.text)
    if kind == "json":
        return _json_result(response, where, wrapped, validate)
    blob = types.BlobResourceContents(
        uri=str(request.url.copy_with(query=None, fragment=None)),
        mime_type=media or "application/octet-stream",
        blob=base64.b64encode(response.content).decode(),
    )
    return types.CallToolResult(
        content=[types.EmbeddedResource(type="resource", resource=blob)]
    )


def broken_promise(result: types.CallToolResult) -> types.CallToolResult:
    """An answer with no structured content from an operation that declares an output
    schema: an error result, since MCP requires such a tool to fill its schema (clients
    refuse the call otherwise); the answer is kept, and said not to be a failure."""
    note = (
        "The request succeeded, but the API's answer is not the JSON object its "
        "description promises, so it has no structured result."
    )
    content = [*result.content, types.TextContent(type="text", text=note)]
    return types.CallToolResult(content=content, is_error=True)


def _head_text(response: httpx.Response) -> str:
    lines = [f"HTTP {response.status_code} {response.reason_phrase or ''}".rstrip()]
    for name, value in response.headers.items():
        if name.lower() not in PRIVATE_HEADERS:
            lines.append(f"{name}: {value}")
    return "\n".join(lines)


def _json_result(
    response: httpx.Response, where: str, wrapped: bool, validate: Any
) -> types.CallToolResult:
    try:
        data = response.json()
    except ValueError as exc:
        body = _trim(response.text)
        message = f"the API sent malformed JSON from {where} ({exc}): {body}"
        return text_result(message, error=True)
    except RecursionError:
        message = f"the API sent JSON nested too deeply to read from {where}"
        return text_result(message, error=True)
    text = json.dumps(data, ensure_ascii=False)
    structured: dict[str, Any] | None
    structured = (
        {"result": data} if wrapped else data if isinstance(data, dict) else None
    )
    if structured is None:
        return text_result(text)
    problem = validate(structured)
    if problem:
        message = f"the API response from {where} does not match its schema: {problem}"
        return text_result(f"{message}\n{_trim(text)}", error=True)
    return types.CallToolResult(
        content=[types.TextContent(type="text", text=text)],
        structured_content=structured,
    )
