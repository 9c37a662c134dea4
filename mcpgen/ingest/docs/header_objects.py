"""A JSON object captioned as the request's headers: an operation card whose "Headers" caption is over
`{"X-Api-Key": "<key>"}`, beside a "Body (application/json)" caption over `{"out": false, "amount": <int>}`.

The object's keys are header names (`X-Api-Key`), and what it shows is the header lines the request sends,
written as JSON; it is no example of the body, though it is a JSON object right after a POST's request line. Only
an object of header-shaped names (`Content-Type`, `X-Api-Key`: words joined by hyphens) whose own caption (the
innermost label or heading) is "Headers" or "Request headers" is read so; an object under "Body", "Request" or no
caption stays a body or a response as before."""

from __future__ import annotations

import re

from .requests import parse_json_lines

_HEADERS_CAPTION = re.compile(r"(?i)\s*(?:request\s+|http\s+)?headers?\s*:?\s*")
HEADER_NAME = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)+")
"""A header-shaped name: words joined by hyphens (`Content-Type`, `X-Api-Key`)."""


def header_object(text: str, labels: list[str]) -> list[str] | None:
    """The header names a JSON object captioned "Headers" sends, else None (not such an object)."""
    if not labels or not _HEADERS_CAPTION.fullmatch(re.sub(r"[*_`#]", "", labels[0])):
        return None
    values = parse_json_lines(text)
    if len(values) != 1 or not isinstance(values[0], dict) or not values[0]:
        return None
    names = [str(name) for name in values[0]]
    return names if all(HEADER_NAME.fullmatch(name) for name in names) else None
