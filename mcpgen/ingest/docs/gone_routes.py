"""Routes the text says are gone: a request written in code and, in the same sentence, said to answer 404 or to be
gone ("`GET /things/<id>/parts` **404s** (with or without cookies)", "`GET /users/<uid>/items/all` (a string id)
is a 404"), and a code block of requests the paragraph right after it says are gone ("Those endpoints are gone —
they now return an HTML 404 page", "These routes were removed in 2.0"). Notes on an API that changed, written by
someone who probed it, keep the routes that no longer answer beside the live ones; what does not exist is not an
operation of the API.

Read only where the sentence says so of that route: the words follow the coded request right away (a parenthesised
aside and emphasis allowed between), so "`GET /things/<id>` does **not** 404 for a missing id" or "there is no
`/x` endpoint" elsewhere leave routes alone; for a code block, the next paragraph must open by pointing back at the
requests ("Those endpoints", "This route", "These calls") and say they are gone, removed, retired or answer 404.
The route is left out where that block or sentence states it; another statement of the same route elsewhere is
kept.
"""

from __future__ import annotations

import re

from .blocks import Block, Document
from .mention import Mention
from .requests import METHODS, path_key, split_target

_CODED = re.compile(rf"`(?:(?P<method>{'|'.join(METHODS)})\s+)?(?P<path>/[^`\s]*)`")
_GONE_AFTER = re.compile(
    r"^\s*(?:\([^()]*\)\s*)?(?:\*\*|__)?\s*(?:"
    r"404s\b|(?:is|are)\s+(?:an?\s+)?(?:HTTP\s+)?404\b|(?:returns?|answers?|gives?)\s+(?:an?\s+)?(?:HTML\s+|HTTP\s+)?"
    r"404\b|(?:is|are)\s+(?:now\s+)?(?:gone|retired|dead)\b|(?:has|have)\s+been\s+(?:removed|retired)\b|"
    r"(?:was|were)\s+(?:removed|retired)\b|no\s+longer\s+exists?\b)",
    re.I,
)
_POINTING_BACK = re.compile(
    r"(?i)^\W*(?:those|these|this|that|the\s+above|both)\s+(?:\w+\s+)?(?:endpoints?|routes?|urls?|calls?|requests?|"
    r"apis?)\b[^.]{0,20}?\b(?:(?:are|is)\s+(?:now\s+)?(?:gone|retired|dead|removed)|(?:has|have)\s+been\s+"
    r"(?:removed|retired)|(?:was|were)\s+(?:removed|retired)|no\s+longer\s+exist|(?:now\s+)?returns?\s+(?:an?\s+)?"
    r"(?:HTML\s+|HTTP\s+)?404)\b"
)


def gone_routes(text: str) -> list[tuple[str | None, str]]:
    """(method or None, path key) of each coded route `text` says, in the words right after it, is gone or
    answers 404."""
    return [
        (match["method"], path_key(split_target(match["path"]).path))
        for match in _CODED.finditer(text)
        if _GONE_AFTER.match(text[match.end() :])
    ]


def _inside(mention: Mention, block: Block) -> bool:
    """Whether the mention was read from the code block (its request lines are placed on the block's lines)."""
    where, start = mention.where, block.where
    if where == start:
        return True
    if where.file != start.file or where.section != start.section or where.line is None or start.line is None:
        return False
    return start.line <= where.line <= start.line + block.text.count("\n") + 1


def drop_gone(doc: Document, mentions: list[list[Mention]]) -> None:
    """Leave out the mentions of routes the text says are gone (see the module), where it says so."""
    for section, found in zip(doc.sections, mentions, strict=True):
        blocks = section.blocks
        for index, block in enumerate(blocks):
            if block.kind == "code":
                after = blocks[index + 1] if index + 1 < len(blocks) else None
                if after is not None and after.kind == "text" and _POINTING_BACK.search(after.text):
                    found[:] = [m for m in found if not (_inside(m, block) and m.kind in ("line", "http"))]
            elif block.kind in ("text", "list"):
                texts = [block.text] if block.kind == "text" else [f"{t} {d}" for t, d in block.items]
                gone = [route for text in texts for route in gone_routes(text)]
                found[:] = [
                    m
                    for m in found
                    if m.where != block.where
                    or not any(method in (None, m.method) and key == path_key(m.target.path) for method, key in gone)
                ]


__all__ = ["drop_gone", "gone_routes"]
