"""A list of fields that marks the optional ones with the word set in emphasis at the head of the description,
rather than in brackets after the name:

    - ``data``: the values of the fields;
    - ``permissions``: *optional* the rights on the new record.
    - ``defaults``: (*optional*) values every request shares

The emphasised word opening the description ("*optional*", "(*optional*)", "_Optional_,") says what "(optional)"
after the name says, and is written so (`` `permissions` (optional): the rights ... ``), so that a list marking
some fields optional and saying nothing of the others reads the others as required
(`obligations.optional_marks_imply_required`). The word in plain text inside a sentence ("an optional dict of
...") is a description, not a mark, and is left as it is."""

from __future__ import annotations

import re
from dataclasses import replace

from .blocks import Block, Document

_EMPHASISED = re.compile(
    r"^(?P<name>`[A-Za-z_][\w.\[\]-]*`|\*\*[A-Za-z_][\w.\[\]-]*\*\*)\s*:\s+"
    r"(?:\(\s*(?P<a>\*{1,2}|_{1,2})optional(?P=a)\s*\)|(?P<b>\*{1,2}|_{1,2})optional(?P=b))\s*[,.:;]?\s*(?P<rest>.*)$",
    re.I | re.S,
)


def optional_emphasis_as_marks(doc: Document) -> Document:
    """`doc` with each list item `` `name`: *optional* what it is `` written `` `name` (optional): what it is ``."""
    changed: dict[int, Block] = {}
    for block in (b for s in doc.sections for b in s.blocks if b.kind == "list"):
        items = tuple((term, _marked(text) if not term.strip() else text) for term, text in block.items)
        if items != block.items:
            changed[id(block)] = replace(block, items=items)
    return doc.with_blocks(changed)


def _marked(text: str) -> str:
    match = _EMPHASISED.match(text.strip())
    return f"{match['name']} (optional): {match['rest']}" if match else text
