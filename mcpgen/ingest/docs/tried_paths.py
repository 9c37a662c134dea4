"""A code block of paths alone that a sentence tells the reader to try, on a page that writes no method:

    the server should now be running and you should be able to access the http API:

    ```
    http://localhost:6100/
    ```

    try the following paths:

    ```
    /demo
    /parser/search?text=london
    /parser/tokenize?text=sydney new south wales
    ```

A README of a small server often states its API only so: it starts the server, then hands the reader a list of
addresses to try in the browser, one route a line, most with a sample query string. The sentence right before the
block tells the reader to try (open, visit, browse) the following paths, URLs or endpoints, and ends in a colon:
what follows is the list of the server's routes, not an example of one stated elsewhere. Each line is a route,
GET (what a browser sends; the page says no method), and the names of its query string are its query
parameters (the values are samples: `text=london`). A value may be written as the words a user types, spaces and
all (`?text=sydney new south wales`, which a browser sends encoded): still one value.

Read only where every line of the block is a path (or a URL) alone, two lines or more, and where the page writes
no method anywhere (every route it names is inferred): a page that writes methods states its routes with them,
and a block it asks to try is a set of examples of those (`example_paths`). A block under any other sentence ("for
example, the following urls will return ...": examples of routes named here) and a block of other lines (REPL or
shell commands to try) are left as they are.
"""

from __future__ import annotations

import re

from .blocks import Block, Document
from .mention import Mention
from .requests import path_key, split_target

_TRY = re.compile(
    r"(?i)\b(?:try|open|visit|browse(?:\s+to)?)\s+(?:out\s+)?(?:the\s+following|these|some\s+of\s+these)\s+"
    r"(?:\w+\s+)?(?:paths|urls|uris|addresses|endpoints|routes|links)\b[^.:]{0,40}:\s*$"
)
"""A lead-in telling the reader to try the addresses that follow: "try the following paths:"."""
_LINE = re.compile(r"^(?:https?://[^\s/?#]+)?(?P<path>/[^\s?#]*)(?P<query>\?[^#]*)?$")
"""A path (or URL) alone; its query's values may be spaced words."""


def _lines(text: str) -> list[str]:
    """The paths of a block of two or more paths alone (their query values' spaces encoded); nothing if any line
    has another shape."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if len(lines) < 2 or not all(_LINE.fullmatch(line) for line in lines):
        return []
    return [re.sub(r"\s+", "+", line) for line in lines]


def _introduced(blocks: list[Block], at: int) -> bool:
    before = blocks[at - 1] if at else None
    return before is not None and before.kind == "text" and bool(_TRY.search(" ".join(before.text.split())))


def tried_path_lists(doc: Document, mentions: list[list[Mention]]) -> None:
    """Mentions, in the section that holds it, of each route a block of paths the reader is told to try lists
    (see the module); the block's lines are no longer read as example requests."""
    if any(not m.inferred for found in mentions for m in found):
        return
    for section, found in zip(doc.sections, mentions, strict=True):
        for at, block in enumerate(section.blocks):
            if block.kind != "code" or not _introduced(section.blocks, at) or not (paths := _lines(block.text)):
                continue
            found[:] = [m for m in found if not (m.listed and m.where == block.where)]
            named = {path_key(m.target.path) for m in found if not m.listed}
            for path in paths:
                target = split_target(path)
                if target.path.strip("/") and path_key(target.path) not in named:
                    named.add(path_key(target.path))
                    found.append(Mention("GET", target, block.where, "line", inferred=True))


__all__ = ["tried_path_lists"]
