"""A last path segment whose placeholder carries a question mark is optional: `/authors/<id>/<?kind>`,
`/posts/{slug}/{page?}`. Route-template syntaxes mark an optional parameter so (Laravel's `{name?}`, and a `?`
opening the angle-bracket placeholder in hand-written templates), and one such template stands for two request
paths: without the segment and with it.

The mark is rewritten into the bracketed form (`[/{kind}]`) that `optional_item_segments` reads as the route
without the segment and the route with it, so the question mark is not taken for the start of a query string.
A request line's path keeps the optional segment only in what was written (the reading of its path stops at the
bracket), so `restored_optional_segments` gives such a mention back its bracketed last segment before that read.
Only a whole last segment holding only a named placeholder is read; a `?` elsewhere (`/search?<q>`,
`/items/{id}?expand`) is a query as before.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .mention import Mention

_MARKED_LAST = re.compile(r"/(?:<\?(?P<angle>[A-Za-z_][\w ]*)>|\{(?P<brace>[A-Za-z_]\w*)\?\})/?(?=$|\?)")


def bracket_marked_optional(text: str) -> str:
    """`/a/<id>/<?type>` -> `/a/<id>[/{type}]`; `/a/{id}/{page?}` -> `/a/{id}[/{page}]`; other text unchanged."""
    return _MARKED_LAST.sub(lambda m: "[/{" + (m["angle"] or m["brace"]).strip() + "}]", text)


_RESTORABLE = re.compile(r"^(?P<head>/[^\[\]]*?)/?\[/(?P<segment>\{\w+\})\]?/?$")


def restored_optional_segments(mentions: list[list[Mention]]) -> None:
    """A request line whose written path ends in a bracketed optional placeholder segment its path has lost
    (`GET /a/{id}` written `/a/{id}[/{type}]`) gets the bracketed segment back, to be read as two routes."""
    for found in mentions:
        for m in found:
            match = _RESTORABLE.match(m.written or "")
            if m.kind == "line" and match and m.target.path.rstrip("/") == match["head"].rstrip("/"):
                m.target = replace(m.target, path=m.written)


__all__ = ["bracket_marked_optional", "restored_optional_segments"]
