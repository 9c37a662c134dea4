"""A query string written in square brackets right after the path, the usage-line convention for a part the
caller may leave out:

    GET /api/routes[?inactive_since=ISO8601-timestamp]
    GET /claims[?limit=N][&marker=M]

The path stops before the bracket (`/api/routes`, not `/api/routes[`), and the bracketed pairs are the route's
query, each an optional parameter (`bracketed_queries` reads, from the same convention, the names written outside
brackets as needed ones). Only a bracket that opens with `?` right after the path is read so, with the `[&...]`
brackets that follow it; a bracket elsewhere (`/tx/[:txid]`, a value; `[/{tileSize}]`, an optional segment; a
template whose query opens outside brackets, `?a=<x>[&b=…]`) is left to the readers of those notations.
"""

from __future__ import annotations

import re

_OPENED = re.compile(
    r"^(?P<path>[^\s?\[\]]*[^\s?\[\]=&])(?P<parts>\[\?[^\[\]\s]*(?:\]|$)(?:\[&[^\[\]\s]*(?:\]|$))*)(?=$|[\s`'\"])"
)
_PART = re.compile(r"\[([?&][^\[\]\s]*)\]?")


def unbracketed_query(text: str) -> str:
    """`/a[?x=1][&y=2]` -> `/a?x=1&y=2` (a request line's reading may have cut the last `]`); other text
    unchanged."""
    match = _OPENED.match(text)
    if match is None:
        return text
    return f"{match['path']}{''.join(_PART.findall(match['parts']))}{text[match.end() :]}"


__all__ = ["unbracketed_query"]
