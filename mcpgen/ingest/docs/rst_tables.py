"""reStructuredText tables whose first column labels the rows (`.. list-table::` with `:stub-columns: 1`, one
table per operation: "Request", "Parameters", "Payload", "Successful response" ...).

A row labelled as the request's body ("Payload", "Request body", "Body", "Data") whose cell holds a code block
(the JSON example) is read after the table as a label and its code, as a Markdown page writes it: the keys of
the example are the body's fields. What the row's other cells say of them (`` ``method`` **(optional)** - one
of ...``) follows as a list."""

from __future__ import annotations

import re
from typing import Any

from .blocks import Block, Where

_BODY_ROW = re.compile(r"(?i)^\W*(?:request\s+)?(?:payload|body|data|json(?:\s+body)?)\W*$")


def body_rows(node: Any, n: Any, where: Where, inline: Any) -> list[Block]:
    """The blocks a labelled table's request-body rows stand for, in reading order (none for other tables)."""
    blocks: list[Block] = []
    for row in node.findall(n.row):
        entries = [c for c in row.children if isinstance(c, n.entry)]
        if len(entries) < 2 or not _BODY_ROW.match(entries[0].astext().strip()):
            continue
        codes = [c for e in entries[1:] for c in e.findall(n.literal_block)]
        if len(codes) != 1 or not codes[0].astext().lstrip().startswith("{"):
            continue
        label = " ".join(entries[0].astext().split()).rstrip(":")
        blocks.append(Block("text", where, text=f"{label}:"))
        blocks.append(Block("code", where, text=codes[0].astext(), lang="json"))
        notes = [inline(e) for e in entries[1:] if not list(e.findall(n.literal_block)) and inline(e)]
        if notes:
            blocks.append(Block("list", where, items=tuple(("", text) for text in notes)))
    return blocks
