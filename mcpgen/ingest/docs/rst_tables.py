"""reStructuredText tables whose first column labels the rows (`.. list-table::` with `:stub-columns: 1`, one
table per operation: "Request", "Parameters", "Payload", "Successful response" ...).

A row labelled as the request's body ("Payload", "Request body", "Body", "Data") whose cell holds a code block
(the JSON example) is read after the table as a label and its code, as a Markdown page writes it: the keys of
the example are the body's fields. What the row's other cells say of them (`` ``method`` **(optional)** - one
of ...``) follows as a list, and so do the keys a sentence opening the section says the operation requires
("Requires ``ephemeral_token`` generated in previous step and OTP code"), marked required."""

from __future__ import annotations

import re
from typing import Any

from .blocks import Block, Where

_REQUIRES = re.compile(r"^\s*Requires\s+(?P<what>[^.;:]+)")
_KEY = re.compile(r'"(?P<key>[A-Za-z_][\w-]*)"\s*:')


def required_by_lead(lead: list[str], example: str) -> list[str]:
    """The keys of a body example that a sentence of the section's lead says the operation requires ("Requires
    ``ephemeral_token`` generated in previous step and OTP code": each thing it lists, a name in code or a
    phrase whose last word is a key)."""
    keys = set(_KEY.findall(example))
    names: list[str] = []
    for text in lead:
        for sentence in re.split(r"(?<=[.!?])\s+", text):
            said = _REQUIRES.match(sentence)
            if not said:
                continue
            for part in re.split(r",\s*|\s+and\s+", said.group("what")):
                coded = re.match(r"\s*`(?P<name>[^`]+)`", part)
                words = part.split()
                name = coded.group("name") if coded else words[-1] if words else ""
                if name in keys and name not in names:
                    names.append(name)
    return names


_BODY_ROW = re.compile(r"(?i)^\W*(?:request\s+)?(?:payload|body|data|json(?:\s+body)?)\W*$")


def body_rows(node: Any, n: Any, where: Where, inline: Any, lead: list[str] | None = None) -> list[Block]:
    """The blocks a labelled table's request-body rows stand for, in reading order (none for other tables);
    `lead`: the texts of the section before the table."""
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
        notes += [f"`{name}` (required)" for name in required_by_lead(lead or [], codes[0].astext())]
        if notes:
            blocks.append(Block("list", where, items=tuple(("", text) for text in notes)))
    return blocks
