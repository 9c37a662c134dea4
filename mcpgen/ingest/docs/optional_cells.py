"""Required flags a parameter table states by its optional rows alone: a table with no required column whose
description cells open "(Optional)" on some rows, in a document that never marks a row "(Required)". The
unmarked rows are the ones the request cannot go without, as in a list that marks only its optional keys
(`obligations.py`).

A cell may mark its row optional in a sentence of its own instead, after the description: "Language alias of the
paste language. Optional, language will be guessed if not provided", "File name of the paste. Optional, defaults to
None" (a sentence, after a full stop or a question mark, that is the word "Optional", then a comma, a full stop or the
cell's end). Such rows are marked as the "(Optional)" ones are.

A Type cell may carry the mark after the type, "(optional)" on the cell's second line in a reStructuredText
simple table (`boolean` over `(optional)`, read as "boolean (optional)"), and a description may close one of its
sentences with it ("extended_hash of the repo to be promoted (optional). If not specified, ..."): the same mark,
written where the table had room for it."""

from __future__ import annotations

import re
from dataclasses import replace

from .blocks import Block, Document
from .params import is_param_table, table_roles

_OPENS_OPTIONAL = re.compile(r"(?i)^[*_\s]*\(\s*optional\b[^()]*\)")
_OPTIONAL_SENTENCE = re.compile(r"[.;?!]\s+optional\s*(?:[,.;]|$)", re.I)
_TYPED_OPTIONAL = re.compile(r"(?i)^[\w\[\]<>|.]+(?:\s+(?:of\s+)?[\w\[\]<>|.]+)?\s*\(\s*optional\s*\)$")
"""`boolean (optional)`, `list of string (optional)`: a type, then the mark, the whole cell."""
_SENTENCE_OPTIONAL = re.compile(r"(?i)\w\s+\(\s*optional\s*\)\s*(?:[.;]\s|[.;]?$)")
"""`... to be promoted (optional). If not ...`: the mark closing a sentence of the description."""
_OPENS_REQUIRED = re.compile(r"(?i)^[*_\s]*\(\s*(?:required|mandatory)\b[^()]*\)")
_SAYS_OPTIONAL = re.compile(r"(?i)\boptional(?:ly)?\b|\bnot required\b")


def _marks_optional(cell: str) -> bool:
    text = " ".join(cell.split())
    return bool(
        _OPENS_OPTIONAL.match(text)
        or _OPTIONAL_SENTENCE.search(text)
        or _TYPED_OPTIONAL.match(text)
        or _SENTENCE_OPTIONAL.search(text)
    )


def optional_rows_imply_required(doc: Document) -> Document:
    """Rewrite the name cell of each unmarked row of such a table to `name (required)`. A table is left as it
    is where a column states requiredness, where an unmarked row still calls itself optional, or where every
    row is marked."""
    tables = [b for s in doc.sections for b in s.blocks if is_param_table(b)]

    if any(_OPENS_REQUIRED.match(cell) for b in tables for row in b.rows[1:] for cell in row[1:]):
        return doc
    changed: dict[int, Block] = {}
    for block in tables:
        roles = table_roles(block.rows[0])
        if "required" in roles or "optional" in roles:
            continue
        name = roles["name"]
        rows = block.rows[1:]
        marked = [row for row in rows if any(_marks_optional(c) for i, c in enumerate(row) if i != name)]
        others = [row for row in rows if row not in marked and len(row) > name and row[name].strip()]
        if not marked or not others or any(_SAYS_OPTIONAL.search(" ".join(row)) for row in others):
            continue
        rewritten = tuple(
            (*row[:name], f"{row[name].strip()} (required)", *row[name + 1 :]) if row in others else row for row in rows
        )
        changed[id(block)] = replace(block, rows=(block.rows[0], *rewritten))
    return doc.with_blocks(changed)
