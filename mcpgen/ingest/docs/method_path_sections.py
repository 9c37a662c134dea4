"""A section titled by an HTTP method and a word for operations ("GET methods", "POST requests", "DELETE
endpoints") that opens with a code block of bare paths, one per line, then describes each path under a paragraph
that is that path alone (in bold or code):

    GET methods
    ===========

    ::

        /api/v1/books
        /api/v1/books/[book_id]

    *Sort parameters for list functions*

    - order_by (field to order by)

    **/api/v1/books**

    List books

    *Available options*

    - count (item count to be returned)

    *Available sort options*

    - title (default, asc)

The title names the method of every path the block lists (the lines do not repeat it): each line is the request
line of that method and path. Each paragraph that is one of those paths alone heads what follows it up to the next
such paragraph: that is the route's own description, a section of its own titled by its request line. Under it, a
dash list after a caption that names parameters ("Available options", "Required post parameters": options,
parameters, arguments or fields, qualified only by where they go or whether they are needed) lists the route's
inputs as `name (explanation)`: the names are written in code, as a parameter list writes them. A caption that
names what the options choose among ("Available sort options": the values of the sort parameter) lists values,
not inputs, and is left as it is.

A caption before the first route that gives parameters "for list functions" (endpoints, routes, calls, requests)
states parameters of a kind of operation: each route of the section that lists goes on to take them (its
description opens with "List", it has options to sort by, or it says "See <path> for details" of a route that
lists), and the others (one entry, a ping) do not. A section whose title is a method with other words ("GET
methods of the admin API" is kept as a title), or whose code block holds anything but paths, is left as it is."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from .blocks import Block, Document, Section
from .requests import METHODS

_TITLE = re.compile(
    rf"[`*_]*(?P<method>{'|'.join(METHODS)})[`*_]*\s+(?i:methods|requests|endpoints|calls|routes|operations)\s*:?"
)
_PATH = re.compile(r"/[^\s`*]*")
_MARKED_PATH = re.compile(r"[`*_]*(?P<path>/[^\s`*]*)[`*_]*")
_QUALIFIER = r"(?:available|accepted|supported|allowed|required|optional|mandatory|additional|other|post|get|query"
_QUALIFIER += r"|request|body|form|url|path|string)"
_CAPTION = re.compile(rf"(?i)[*_]+(?P<words>(?:{_QUALIFIER}\s+)*(?:options|parameters|params|arguments|fields))[*_]+:?")
_SHARED = re.compile(
    r"(?i)[*_]+(?:\w+\s+)?(?:options|parameters|params|arguments)\s+for\s+(?:all\s+)?(?:the\s+)?list\s+"
    r"(?:functions|endpoints|routes|calls|requests|methods|operations)[*_]+:?"
)
_SORT_CAPTION = re.compile(r"(?i)[*_]+(?:\w+\s+)?(?:sort|order(?:ing)?)\s+(?:options|fields|keys)[*_]+:?")
_ITEM = re.compile(r"(?P<name>[A-Za-z_][\w.-]*)(?:\s+\((?P<rest>.*)\))?")
_LISTS = re.compile(r"(?i)^\W*lists?\b")
_SEE = re.compile(r"(?i)^\W*see\s+`?(?P<path>/[^\s`]*)`?\s+for\s+details\b")


def method_path_sections(doc: Document) -> Document:
    """`doc` with each section titled by a method and a word for operations, over a block of bare paths, written
    as request lines and one section per path the section then describes, its parameter lists in code."""
    sections: list[Section] = []
    for section in doc.sections:
        match = _TITLE.fullmatch(section.title.strip())
        paths = _listed_paths(section) if match else []
        if not match or not paths:
            sections.append(section)
            continue
        sections.extend(_split(section, match["method"], paths))
    return replace(doc, sections=sections)


def _listed_paths(section: Section) -> list[str]:
    """The paths of the section's first code block that holds only paths, one per line."""
    return next((lines for block in section.blocks if (lines := _path_lines(block))), [])


def _path_lines(block: Block) -> list[str]:
    lines = [line.strip() for line in block.text.strip().splitlines() if line.strip()] if block.kind == "code" else []
    return lines if lines and all(_PATH.fullmatch(line) for line in lines) else []


def _split(section: Section, method: str, paths: list[str]) -> list[Section]:
    head: list[Block] = []
    parts: list[tuple[str, Block, list[Block]]] = []
    for block in section.blocks:
        if not parts and (lines := _path_lines(block)) and lines == paths:
            head.append(replace(block, text="\n".join(f"{method} {line}" for line in lines)))
            continue
        alone = _MARKED_PATH.fullmatch(block.text.strip()) if block.kind == "text" else None
        if alone and alone["path"] in paths:
            parts.append((alone["path"], block, []))
        elif parts:
            parts[-1][2].append(block)
        else:
            head.append(block)
    shared = _shared_list(head)
    if shared is not None:
        head = [b for b in head if b not in shared]
    listing = {path for path, _, blocks in parts if _lists(blocks)}
    listing |= {path for path, _, blocks in parts if (ref := _referred(blocks)) is not None and ref in listing}
    out = [replace(section, blocks=head)]
    for path, opener, blocks in parts:
        title = f"{method} {path}"
        coded = _coded_lists(blocks)
        if shared is not None and path in listing:
            coded = [*coded, shared[0], _coded(shared[1])]
        out.append(Section(title, section.level + 1, (*section.path, title), opener.where, coded))
    return out


def _shared_list(blocks: list[Block]) -> tuple[Block, Block] | None:
    for caption, listed in pairwise(blocks):
        if caption.kind == "text" and listed.kind == "list" and _SHARED.fullmatch(caption.text.strip()):
            return caption, listed
    return None


def _lists(blocks: list[Block]) -> bool:
    texts = [b.text.strip() for b in blocks if b.kind == "text"]
    return bool(texts) and (_LISTS.match(texts[0]) is not None or any(_SORT_CAPTION.fullmatch(t) for t in texts))


def _referred(blocks: list[Block]) -> str | None:
    for block in (b for b in blocks if b.kind == "text"):
        if (match := _SEE.match(block.text.strip())) is not None:
            return match["path"]
    return None


def _coded_lists(blocks: list[Block]) -> list[Block]:
    out: list[Block] = []
    for index, block in enumerate(blocks):
        before = blocks[index - 1] if index else None
        captioned = before is not None and before.kind == "text" and _CAPTION.fullmatch(before.text.strip())
        out.append(_coded(block) if block.kind == "list" and captioned else block)
    return out


def _coded(block: Block) -> Block:
    """A list of `name (explanation)` items with each name in code; a list with any other item is kept."""
    matches = [_ITEM.fullmatch(text.strip()) for _, text in block.items]
    if not matches or not all(matches):
        return block
    items = tuple(
        ("", f"`{m['name']}` ({m['rest']})" if m["rest"] is not None else f"`{m['name']}`")
        for m in matches
        if m is not None
    )
    return replace(block, items=items)
