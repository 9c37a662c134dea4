"""A route said to be "just like the immutable version": the route of the same method whose path differs from its
own in that one word's segment (`/storage/v1/immutable/...` beside `/storage/v1/mutable/...`). Written out as the
sentence `inherited.py` reads ("This endpoint is the same as `POST /storage/v1/immutable/.../corrupt`."), after the
one that says it, so that the route takes that route's parameters."""

from __future__ import annotations

import re
from dataclasses import replace

from .blocks import Block, Document, Section
from .requests import request_lines, split_target

_LIKE_VERSION = re.compile(
    r"(?i)\b(?:just\s+|exactly\s+)?(?:like|same\s+as|as\s+for)\s+the\s+(?P<word>[A-Za-z][\w-]*)\s+"
    r"(?:version|variant|counterpart|one|endpoint|route|operation)\b"
)


def versions_named(doc: Document) -> Document:
    """`doc` with a reference to another route, made by the word its path differs in, written as a request line
    `inherited.py` follows; left alone where no route, or more than one, differs so."""
    routes = [_route(s) for s in doc.sections]
    changed = False
    sections: list[Section] = []
    for section, route in zip(doc.sections, routes, strict=True):
        blocks: list[Block] = []
        for block in section.blocks:
            blocks.append(block)
            match = _LIKE_VERSION.search(block.text) if block.kind == "text" and route else None
            other = _differing_in(route, match["word"], routes) if match and route else None
            if other is not None:
                line = f"This endpoint is the same as `{other[0]} {split_target(other[1]).path}`."
                blocks.append(Block("text", block.where, text=line))
                changed = True
        sections.append(replace(section, blocks=blocks) if len(blocks) != len(section.blocks) else section)
    return replace(doc, sections=sections) if changed else doc


def _route(section: Section) -> tuple[str, str] | None:
    found = request_lines(section.title)
    return (found[0][1], found[0][2]) if len(found) == 1 else None


def _differing_in(route: tuple[str, str], word: str, routes: list[tuple[str, str] | None]) -> tuple[str, str] | None:
    method, raw = route
    mine = split_target(raw).path.split("/")
    found = []
    for other in routes:
        if other is None or other[0] != method or other == route:
            continue
        theirs = split_target(other[1]).path.split("/")
        differing = [(a, b) for a, b in zip(mine, theirs, strict=False) if a != b] if len(theirs) == len(mine) else []
        if len(differing) == 1 and differing[0][1].lower() == word.lower():
            found.append(other)
    return found[0] if len(found) == 1 else None
