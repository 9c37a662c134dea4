"""A note saying where some data is read, with no subject and no method: "Accessed via `/api/reservations/{id}/`"
as a sub-item under the data it is about ("Reservation `question_data`"), or "is accessed through `/x`". Being
accessed is being read, GET (inferred: the method is not written), as "can be read via `/x`" is
(`read_sentences`).

Read only where the note opens its item or sentence (a participle phrase, or "is/are accessed"), the path is
absolute and in code, and its first segment is one the document's stated routes start with (one API's routes,
not a page of a web interface or a file): a path the document states nowhere else is added to the note's
section; one it states already is left to the statement.
"""

from __future__ import annotations

import re

from .blocks import Document
from .mention import Mention
from .requests import path_key, split_target

_ACCESSED = re.compile(
    r"(?i)(?:^|[.;:]\s+)(?:(?:it|this|they|these|which)\s+)?(?:is\s+|are\s+)?(?:accessed|retrieved|fetched)\s+"
    r"(?:via|through|from|at)\s+(?:the\s+)?`(?P<path>/[^`\s]+)`"
)


def accessed_routes(doc: Document, mentions: list[list[Mention]]) -> None:
    """Add `GET path` to a section's mentions for each note in it saying data is accessed via a coded path of the
    document's API that no mention of the document names (see the module)."""
    stated = [m for found in mentions for m in found if not m.inferred and m.kind in ("line", "table", "http")]
    firsts = {m.target.path.split("/")[1] for m in stated if m.target.path.startswith("/")}
    known = {path_key(m.target.path) for found in mentions for m in found}
    for section, found in zip(doc.sections, mentions, strict=True):
        for block in (b for b in section.blocks if b.kind in ("text", "list")):
            texts = [block.text] if block.kind == "text" else [f"{t} {d}".strip() for t, d in block.items]
            for match in (m for text in texts for line in text.splitlines() for m in _ACCESSED.finditer(line.strip())):
                target = split_target(match["path"])
                key = path_key(target.path)
                if target.path.split("/")[1] in firsts and key not in known:
                    known.add(key)
                    found.append(Mention("GET", target, block.where, "line", prose=True, inferred=True))
