"""A sentence giving every path of the lists before it the same methods:

    - `resources/routes`
    - `resources/waypoints`

    as well as ... custom types provisioned as additional paths under `/api/v2/resources`.

    - _example:_ `/api/v2/resources/fishingZones`

    Each path is provisioned with `GET`, `PUT`, `POST` and `DELETE` operations enabled.

The sentence opens with "Each path" ("Every route", "All endpoints", "Each of these paths") and names two or more
methods joined by commas and "and"/"or" as what each is provisioned with, supports or accepts: every path the
lists right before it give (items that are a path alone in code, an italic label such as "_example:_" allowed in
front) is a request of each method, in the sentence's order. The paths are read back from the sentence over the
lists and the short lines between them, up to any other block (a code block, a table) or the section's start.

A path written without its leading slash (`resources/routes`) is relative to the root the passage states beside
it: a path in code there whose last segment is the one the relative path starts with (`/api/v2/resources` beside
`resources/routes`) is the resource it is under (`/api/v2/resources/routes`); where the passage states none the
path is read from the root. A sentence naming one method, or not opening with "each"/"every"/"all" and a word for
the routes (a note that a server passes "HTTP GET, POST, PUT and DELETE requests" on), gives none.
"""

from __future__ import annotations

import re

from .blocks import Block, Document, Where
from .mention import Mention, endpoint_key
from .requests import METHODS, split_target

_METHOD = "|".join(METHODS)
_ONE = rf"[`*_]*(?:{_METHOD})[`*_]*"
_SENTENCE = re.compile(
    r"(?i)^(?:each|every|all)(?:\s+of\s+(?:these|the|those|them))?\s+(?:(?:listed|above|such)\s+)?"
    r"(?:paths?|routes?|endpoints?|resources?|urls?)\b[^.:;]{0,40}?"
    r"\b(?:with|supports?|accepts?|allows?|handles?|exposes?|has|have|responds?\s+to)\s+"
    rf"(?P<methods>{_ONE}(?:\s*(?:,\s*(?:and\s+|or\s+)?|\band\b|\bor\b|&)\s*{_ONE})+)"
    r"(?:\s+(?:operations?|methods?|requests?|verbs?))?\b"
)
_ITEM = re.compile(r"^(?:[_*]+[^`_*]{1,20}:?[_*]+:?\s*)?`(?P<path>/?[\w.~-]+(?:/[\w.~{}:<>-]+)+/?|/[\w.~-]+)`\s*$")
"""An item that is a path alone in code, an italic or bold label (`_example:_`) allowed in front."""
_CODED_ROOT = re.compile(r"`(?P<path>/[\w.~-]+(?:/[\w.~-]+)*)/?`")
_SHORT = 300
"""The longest line between the lists and the sentence that still belongs to the passage."""


def each_path_methods(doc: Document, mentions: list[list[Mention]]) -> None:
    """Mentions, in its section, of each method the sentence names on each path of the lists before it."""
    stated = {endpoint_key(m) for found in mentions for m in found}
    for section, found in zip(doc.sections, mentions, strict=True):
        for at, block in enumerate(section.blocks):
            if block.kind != "text":
                continue
            match = _SENTENCE.match(" ".join(block.text.split()))
            if match is None:
                continue
            methods = list(dict.fromkeys(re.findall(rf"\b(?:{_METHOD})\b", match["methods"])))
            passage = _passage(section.blocks, at)
            paths = _listed_paths(passage)
            if len(methods) < 2 or not paths:
                continue
            roots = [m["path"] for b in passage for m in _CODED_ROOT.finditer(_text(b)) if not _ITEM.match(_text(b))]
            for where, path in paths:
                full = path if path.startswith("/") else _under(path, roots)
                for method in methods:
                    mention = Mention(method, split_target(full), where, "line")
                    if endpoint_key(mention) not in stated:
                        stated.add(endpoint_key(mention))
                        found.append(mention)


def _passage(blocks: list[Block], at: int) -> list[Block]:
    """The lists and short lines right before the sentence at `at`, in order."""
    start = at
    while start > 0 and (
        blocks[start - 1].kind == "list" or (blocks[start - 1].kind == "text" and len(blocks[start - 1].text) < _SHORT)
    ):
        start -= 1
    return blocks[start:at]


def _text(block: Block) -> str:
    return block.text if block.kind == "text" else " ".join(f"{t} {x}" for t, x in block.items)


def _listed_paths(passage: list[Block]) -> list[tuple[Where, str]]:
    """(where, path) of each list item that is a path alone; [] when a list of the passage holds anything else."""
    found = []
    for block in passage:
        if block.kind != "list":
            continue
        for term, text in block.items:
            item = _ITEM.match(f"{term} {text}".strip())
            if item is None:
                return []
            found.append((block.where, item["path"]))
    return found


def _under(path: str, roots: list[str]) -> str:
    """A relative path under the coded root of the passage whose last segment it starts with, else from `/`."""
    first = path.split("/", 1)[0]
    for root in roots:
        head, _, last = root.rstrip("/").rpartition("/")
        if last == first and head:
            return f"{head}/{path}"
    return "/" + path
