"""A raw HTTP request a code block frames with captions: the exchange as a specification prints it.

    JSON Request
    POST /v2/gateway-links
    Content-Type: application/json
    {"network_id": "5b2c...", "segment": <seg-id>}

    Response:
    {"link_id": "<link-uuid>", ...}

The caption line above the request line says what follows ("JSON Request", "Request:", "Example request"); a
caption line below it ("Response:", "JSON Response", "Response: null") starts the answer, which is no part of
the request: the request is the lines between, its body the JSON under its headers. The request line still
states its route as it did (a template, `<link-uuid>` and all); the framing only says what the request sends.
"""

from __future__ import annotations

import re

from .labelled_requests import labelled_request
from .requests import REQUEST_LINE, Request, parse_http

_KIND = r"(?:(?:json|http|raw|example|sample)\s+)*"
_REQUEST_CAPTION = re.compile(rf"(?i)^\s*{_KIND}request(?:\s+(?:example|sample|body))?\s*:?\s*$")
_RESPONSE_CAPTION = re.compile(rf"(?i)^\s*{_KIND}response(?:\s+(?:example|sample|body))?\s*(?::.*)?$")


def framed_request(text: str) -> Request | None:
    """The request a code block shows between its captions; None when it has none (`parse_http` reads it)."""
    if (labelled := labelled_request(text)) is not None:  # "Request Body:", "Parameters:" captioned parts
        return labelled
    bare = unframed(text)
    return parse_http(bare) if bare != text else None


def unframed(text: str) -> str:
    """`text` without a request caption line before its request line and without the response a caption line
    starts after it; `text` as it is when it does not open (after such a caption) with a request line."""
    lines = text.strip("\n").splitlines()
    start = 0
    if lines and _REQUEST_CAPTION.match(lines[0]):
        start = next((i for i in range(1, len(lines)) if lines[i].strip()), len(lines))
    if start >= len(lines) or not REQUEST_LINE.match(lines[start].strip()):
        return text
    end = next((i for i in range(start + 1, len(lines)) if _RESPONSE_CAPTION.match(lines[i])), len(lines))
    if start == 0 and end == len(lines):
        return text
    return "\n".join(lines[start:end])
