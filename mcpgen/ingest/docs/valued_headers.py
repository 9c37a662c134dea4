"""A request header a sentence names with an example value, the whole in code: "If the ``If-Match: "<stamp>"``
request header is provided, ...", "send a `X-Trace: on` header". The name before the colon is a header the request
may send, as `` `If-Match` request header`` alone is (`prose.read_prose`); the value is an example of it. A header
written so in a sentence about what comes back ("the response carries a `Retry-After: 30` header") is the
answer's, and the headers every request carries (`Content-Type: application/json`) are no parameter."""

from __future__ import annotations

import re

from .requests import STANDARD_HEADERS

_VALUED = re.compile(
    r"`(?P<name>[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*):\s*[^`\n]+`\s+(?P<request>request\s+)?header\b"
)
_ANSWERED = re.compile(r"(?i)\b(?:returns?|returned|responses?|responds?|repl(?:y|ies)|answers?|sets?)\b[^.;]*$")


def valued_headers(text: str) -> list[str]:
    """The request headers `text` names with an example value in code."""
    found = []
    for match in _VALUED.finditer(text):
        if match["name"].lower() in STANDARD_HEADERS:
            continue
        if not match["request"] and _ANSWERED.search(text[: match.start()]):
            continue
        found.append(match["name"])
    return list(dict.fromkeys(found))
