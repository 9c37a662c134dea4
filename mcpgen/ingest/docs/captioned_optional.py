"""A route's caption that names the parameters it takes optionally:

    - `POST /api/send` - send text (optional `to` and `channel`)
    - `GET /api/logs` - recent log lines, with optional `level` and `limit`

    curl -X POST http://localhost:8880/api/send -d '{"text": "hello", "channel": 0}'

A short overview of routes (one line each, the route then what it does) often ends a caption by naming, in code,
the inputs a caller may add: "(optional `to` and `channel`)", "with optional `level`". Those are parameters of
that route, not required, in its body where the route takes one (POST, PUT, PATCH), else in its query.

Naming the optional ones, the caption sets them apart from the rest: the keys the route's example calls send
and the caption does not call optional (`text`, the text the route sends) are the ones it needs, where nothing
else said whether they are. The phrase is read only in parentheses or after a word that gives the route its
inputs (with, takes, accepts, supports), not wherever "optional" stands ("returns an optional `next` link" is
about the answer)."""

from __future__ import annotations

import re

from .endpoint import Endpoint, Extraction
from .params import Param

_NAME = r"`(?P<first>[A-Za-z_][\w.-]*)`"
_NAMES = rf"{_NAME}(?:\s*(?:,|\band\b|\bor\b|&|/)\s*`[A-Za-z_][\w.-]*`)*"
_CAPTIONED = re.compile(
    rf"(?i)(?:\(\s*|\b(?:with|takes?|accepts?|supports?)\s+(?:an?\s+|the\s+)?)optional\s+(?P<names>{_NAMES})"
    r"(?P<after>\s+(?:query|header|body)\b)?"
)


def _optional_names(caption: str) -> list[tuple[list[str], str]]:
    """(names, location word or "") of each phrase of a caption naming optional parameters."""
    return [
        (re.findall(r"`([^`]+)`", m["names"]), (m["after"] or "").strip().lower()) for m in _CAPTIONED.finditer(caption)
    ]


def captioned_optional(extraction: Extraction) -> Extraction:
    """Mark the parameters each endpoint's caption calls optional, and the others its example calls always send
    required (see the module's docstring)."""
    for endpoint in extraction.endpoints:
        phrases = _optional_names(endpoint.description)
        if phrases:
            _mark(endpoint, phrases)
    return extraction


def _mark(endpoint: Endpoint, phrases: list[tuple[list[str], str]]) -> None:
    optional: set[str] = set()
    for names, word in phrases:
        location = word or ("body" if endpoint.has_body else "query")
        for name in names:
            optional.add(name)
            known = next((p for (n, loc), p in endpoint.params.items() if n == name and loc != "path"), None)
            if known is None:
                endpoint.add(Param(name, location, endpoint.where, False, origin="prose"))
            elif known.required is None or known.origin == "example request":
                known.required = False
    bodies = [b for b in endpoint.request_examples if isinstance(b, dict)]
    if not bodies:
        return
    sent = set.intersection(*(set(b) for b in bodies))
    for name in sorted(sent - optional):
        known = endpoint.params.get((name, "body"))
        if known is None:
            endpoint.add(Param(name, "body", endpoint.where, True, origin="example request"))
        elif known.required is None:
            known.required = True


__all__ = ["captioned_optional"]
