"""Path patterns written with UPPERCASE words, where the page defines those words as the parts to fill in:

    /IDENT/COORDINATES/NETWORK

    - ``IDENT``: mobile station identifier
    - ``NETWORK``: station network (max 16 characters)

    /*/*/NETWORK/summaries
    /IDENT/*/NETWORK/summaries/YEAR/MONTH

A list item that opens with an UPPERCASE word in code and a colon defines that word. A code block of bare paths
where a line holds a defined word lists routes, one a line, whose UPPERCASE words are all placeholders (the page's
convention, so `YEAR` and `MONTH` too); the other segments (`*`, `-`, `summaries`) are written as the URL carries
them, so `/*/*/*/summaries` in the same block is a route as well. A pattern made only of placeholders that begins
other such routes (or whose places they fill with values, `*`, `-`) is the context they share, not a route of its
own; a bare path without one of the words is an example, kept where it fits a route.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import example_paths as shown_paths

if TYPE_CHECKING:
    from .blocks import Document
    from .mention import Mention

_DEFINED = re.compile(r"^\s*`(?P<word>[A-Z][A-Z0-9_]*[A-Z0-9])`\s*:\s*\S")
_WORD = re.compile(r"[A-Z][A-Z0-9_]*[A-Z0-9]")


def _defined(doc: Document) -> frozenset[str]:
    return frozenset(
        match["word"]
        for section in doc.sections
        for block in section.blocks
        if block.kind == "list"
        for term, text in block.items
        if (match := _DEFINED.match(f"{term} {text}".strip() if term else text))
    )


def defined_word_placeholders(doc: Document, mentions: list[list[Mention]]) -> None:
    """Make placeholders of the UPPERCASE words of the bare paths listed in code, where the page defines them."""
    defined = _defined(doc)
    listed = [m for found in mentions for m in found if m.listed and "{" not in m.target.path]
    if not defined or not listed:
        return
    blocks = {m.where for m in listed if defined.intersection(m.target.path.split("/"))}
    routes = [m for m in listed if m.where in blocks]
    for m in routes:
        m.target.path = "/".join("{" + s + "}" if _WORD.fullmatch(s) else s for s in m.target.path.split("/"))
    if not routes:
        return
    paths = [m.target.path.rstrip("/").split("/")[1:] for m in routes]
    contexts = {
        id(m)
        for m, path in zip(routes, paths, strict=True)
        if all(s.startswith("{") for s in path) and sum(_begins_with(other, path) for other in paths) >= 2
    }
    for found in mentions:
        found[:] = [m for m in found if id(m) not in contexts]
    shown_paths.as_examples([[m for m in listed if m not in routes]])


def _begins_with(route: list[str], context: list[str]) -> bool:
    """Whether a longer route begins with the context's segments: the same placeholder, or a value in its place
    (`*`, `-`)."""
    return len(route) > len(context) and all(
        r == c or not r.startswith("{") for r, c in zip(route, context, strict=False)
    )
