"""A standard header an API reference's field list declares only by restating what the header is, in the sixty-second
registry batch (benchmarks/docs/registry_truth): every directive of a page lists `:reqheader Accept: desired response
content type` and `:reqheader Content-Type: request body content type`. Described only by its meaning in HTTP, with
no value of this API named (no media type, no choice), the header is the protocol's content negotiation, which a
client sets itself: no parameter of the request. A header described with its values (`Accept: application/json or
text/* selects the listing format`) or any other header stays a declared parameter."""

from __future__ import annotations

import re

_NEGOTIATED = frozenset(("accept", "content-type"))
_RESTATED = re.compile(
    r"(?:the\s+)?(?:desired|expected|requested|preferred|accepted)?\s*"
    r"(?:(?:response|request|request\s+body|body|payload|returned)\s+)?(?:content|media|mime)[\s-]type"
    r"(?:\s+(?:of|for)\s+the\s+(?:response|request)(?:\s+body)?)?\.?",
    re.I,
)


def restates_header(name: str, description: str) -> bool:
    """`Accept` / `Content-Type` whose description only says what the header means ("desired response content
    type"), naming no value of its own."""
    return name.lower() in _NEGOTIATED and _RESTATED.fullmatch(description.strip()) is not None
