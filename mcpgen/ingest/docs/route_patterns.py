"""A request line a sentence gives as the shape routes take, not as a route: "The routes are generally spelled
like ``GET /api/v1/{action}/{path}/``", beside ``GET /api/v1/metadata/{path}``, ``GET /api/v1/search/{path}``.

Its placeholder stands for the literal segments of the routes the page states (`{action}`: metadata, search),
so it names no operation of its own. It is left out only where the page states two routes at least that fit it
with a literal in one of its placeholders' places; a pattern no stated route fills is read as written.
"""

from __future__ import annotations

import re

from .blocks import Document
from .mention import Mention, endpoint_key
from .requests import METHODS, path_key
from .short_mentions import drop_short_mentions
from .wildcard_mentions import drop_wildcard_mentions
from .wildcard_summaries import drop_wildcard_summaries

_METHOD = "|".join(m.upper() for m in METHODS)
_SPELLED_LIKE = re.compile(
    r"(?i)\b(?:routes|urls|uris|paths|endpoints|requests)\s+(?:are|look|read)\s+"
    r"(?:(?:generally|usually|typically|roughly|mostly|all)\s+)?"
    r"(?:(?:spelled|spelt|written|formed|shaped|structured|built)\s+)?(?:like|as|of\s+the\s+form)\s+"
    rf"`+(?P<method>{_METHOD})\s+(?P<path>/[^`\s]*)`+"
)


def _fills(pattern: list[str], route: list[str]) -> bool:
    """`route` is `pattern` with a literal segment in one of its placeholders' places at least."""
    if len(pattern) != len(route):
        return False
    literal = False
    for want, have in zip(pattern, route, strict=True):
        if want == "{}":
            literal = literal or have != "{}"
        elif want != have:
            return False
    return literal


def drop_route_patterns(doc: Document, mentions: list[list[Mention]]) -> None:
    """Leave out the request lines a sentence gives as the routes' shape (see the module docstring)."""
    drop_wildcard_summaries(doc, mentions)  # `# POST /api/actions/*` beside `POST /api/actions/rotate`
    drop_wildcard_mentions(mentions)  # "(`GET /rest/odds` and `/rest/match/*`)" beside `GET /rest/match/event`
    drop_short_mentions(doc, mentions)  # "so `GET /notifications/one-off` scans" beside `/api/v1/notifications/one-off`
    said = {
        (match["method"], path_key(match["path"]))
        for section in doc.sections
        for block in section.blocks
        if block.kind == "text"
        for match in _SPELLED_LIKE.finditer(block.text)
    }
    if not said:
        return
    keys = {endpoint_key(m) for found in mentions for m in found}
    patterns: set[tuple[str, str]] = set()
    for method, pattern in said:
        segments = pattern.strip("/").split("/")
        filled = {
            path for m, path in keys if m == method and _fills(segments, path.partition("?")[0].strip("/").split("/"))
        }
        if len(filled) >= 2:
            patterns.add((method, pattern))
    for found in mentions:
        found[:] = [m for m in found if endpoint_key(m) not in patterns]
