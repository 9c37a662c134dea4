"""A query string written in square brackets right after the path, the usage-line convention for a part the
caller may leave out:

    GET /api/routes[?inactive_since=ISO8601-timestamp]
    GET /claims[?limit=N][&marker=M]

The path stops before the bracket (`/api/routes`, not `/api/routes[`), and the bracketed pairs are the route's
query, each an optional parameter (`bracketed_queries` reads, from the same convention, the names written outside
brackets as needed ones). Only a bracket that opens with `?` right after the path is read so, with the `[&...]`
brackets that follow it; a bracket elsewhere (`/tx/[:txid]`, a value; `[/{tileSize}]`, an optional segment; a
template whose query opens outside brackets, `?a=<x>[&b=…]`) is left to the readers of those notations.

The same convention is also written with the `?` and the `&`s outside and each pair bracketed on its own, so that
every pair may be left out:

    https://{host}/catalog.{format}?[page={page}]&[modified_since={date}]&[profiles={profile1},{profile2}]

read the same way: the path, then each pair as an optional `[&name=value]` part (`split_target` never takes the
placeholder of such a part for one every request fills), only when every pair of the query is so bracketed
(`?a=<x>&[b=<y>]` says `a` is needed and is `bracketed_queries`'s).
"""

from __future__ import annotations

import re

_OPENED = re.compile(
    r"^(?P<path>[^\s?\[\]]*[^\s?\[\]=&])(?P<parts>\[\?[^\[\]\s]*(?:\]|$)(?:\[&[^\[\]\s]*(?:\]|$))*)(?=$|[\s`'\"])"
)
_PART = re.compile(r"\[([?&][^\[\]\s]*)\]?")
_EACH = re.compile(
    r"^(?P<path>[^\s?\[\]]*[^\s?\[\]=&])\?(?P<parts>\[[^\[\]\s&?=]+=[^\[\]\s&?]*\](?:&\[[^\[\]\s&?=]+=[^\[\]\s&?]*\])*)"
    r"(?=$|[\s`'\"])"
)


def unbracketed_query(text: str) -> str:
    """`/a[?x=1][&y=2]` -> `/a?x=1&y=2` (a request line's reading may have cut the last `]`), `/a?[x=1]&[y=2]` ->
    `/a?[&x=1][&y=2]`; other text unchanged."""
    match = _OPENED.match(text)
    if match is None:
        each = _EACH.match(text)  # `/a?[x=1]&[y=2]`: every pair bracketed on its own
        if each is None:
            return text
        pairs = "".join(f"[&{pair}]" for pair in re.findall(r"\[([^\[\]]*)\]", each["parts"]))
        return f"{each['path']}?{pairs}{text[each.end() :]}"  # `[&a=x]`: optional, as `split_target` reads it
    return f"{match['path']}{''.join(_PART.findall(match['parts']))}{text[match.end() :]}"


__all__ = ["unbracketed_query"]
