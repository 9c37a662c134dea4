"""Routes a sentence lists in brackets after the word "reads": "Catalog reads (`/hubs/{id}/activities`,
`/hubs/{id}/devices/{did}/commands` and `/hubs/{id}/activities/{aid}/macros`) serve cached data".

"Reads" names requests that read, so each path of the list is a GET of its own, as "`GET /x`" would be. The bracket
must hold coded paths and nothing else but commas and "and" / "or" (a bracket explaining a read in words, or
naming one path among other text, is no list of routes); a path the page already writes with a method is left to
that statement.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .blocks import Document
from .mention import Mention
from .requests import split_target

_READS = re.compile(
    r"(?i)\breads\s*\((?P<paths>`/[^`\s]*`(?:\s*(?:,\s*(?:and\s+|or\s+)?|\band\b|\bor\b)\s*`/[^`\s]*`)+)\s*\)"
)
_PATH = re.compile(r"`(/[^`\s]*)`")


def read_lists(doc: Document) -> Iterator[Mention]:
    """A GET mention for each coded path a sentence lists in brackets after "reads"."""
    for section in doc.sections:
        for block in section.blocks:
            if block.kind not in ("text", "list"):
                continue
            for text in (block.text, *(t for item in block.items for t in item)):
                for match in _READS.finditer(" ".join(text.split())):
                    for path in _PATH.findall(match["paths"]):
                        yield Mention("GET", split_target(path), block.where, "line", prose=True, inferred=True)
