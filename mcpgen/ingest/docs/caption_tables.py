"""A table that lists what a page or an answer shows, by the captions a reader sees, not a list of inputs:

    Full metadata for a single job:

    | Field | Description |
    |---|---|
    | ID | UUID |
    | Task name | Dotted module path |
    | Queue | Queue name |
    | Enqueued at | When the job was created |

Its names are captions written as words for a reader: each starts with a capital, none is set in code, and
several run to more than one word ("Task name", "Enqueued at"), which no request input is called (an input's name
is an identifier: `task_name`, `enqueuedAt`, `Content-Type`). Where the names of a table's first column read so,
none of its rows is a parameter, the one-word captions ("ID", "Queue") no more than the others: they are fields
displayed, in the same list.
"""

from __future__ import annotations

import re

from .blocks import Block

_CAPTION = re.compile(r"[A-Z][A-Za-z]*(?:\s+[A-Za-z]+)*")
_WORDS = re.compile(r"[A-Z][A-Za-z]*(?:\s+[a-z]+)+")  # `Task name`, `Enqueued at`: a caption of several words


def caption_table(block: Block) -> bool:
    """Whether the table's first column names captions (see the module docstring): every name a capitalised
    word or words, outside code, at least two of them (and a quarter) of several words."""
    if block.kind != "table" or not block.header:
        return False
    names = [row[0].strip() for row in block.body_rows if row and row[0].strip()]
    if len(names) < 4 or not all(_CAPTION.fullmatch(name) for name in names):
        return False
    several = sum(bool(_WORDS.fullmatch(name)) for name in names)
    return several >= 2 and several * 4 >= len(names)
