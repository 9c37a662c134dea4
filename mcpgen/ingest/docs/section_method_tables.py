"""A table of paths alone whose section says, in a sentence of its own, the one method all of them take:

    ### `/telemetry`

    All GET, no body.

    | Path | Source |
    |------|--------|
    | `/telemetry/general` | `VFR_HUD` — speed, heading. |
    | `/telemetry/gps` | `GLOBAL_POSITION_INT` — position. |

A reference that gives each group of routes its own section often writes a Method column only where the methods
differ; where they are all the same, it says so once above the table ("All GET, no body.", "All endpoints here are
POST.", "All routes below use GET.", "All endpoints take JSON `POST` bodies and a ... header": the method of
the body they carry) and leaves the column out. Each row is then that method's request on its path,
as a table with a Method column would state it, so the column is written back in for the readers of route tables.

Read only in a section whose own paragraph opens with "All" and names exactly one method, and only a table whose
first column is headed Path, Endpoint, Route or URL, has no Method column, and holds a path in code (alone) in every
row: a table of settings or of files, a sentence naming two methods ("All GET or POST"), or a page-wide sentence in
another section (`page_methods.py` reads those) is left alone.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .blocks import Block, Document, Section
from .requests import METHODS

_ALL_ONE_METHOD = re.compile(
    r"^All\s+(?:(?:the\s+)?(?:endpoints?|routes?|requests?|calls?)\s+(?:here\s+|below\s+|in\s+this\s+section\s+)?"
    r"(?:are|use|take|accept)\s+)?(?P<json>(?:JSON|form)\s+)?`?(?P<method>" + "|".join(METHODS) + r")\b`?"
    r"(?:\s+requests?|(?(json)\s+bod(?:y|ies)\b|(?!)))?\s*(?:[,.;:]|$|(?(json)\s+and\b|(?!)))"
)
_METHODS_NAMED = re.compile(rf"\b(?:{'|'.join(METHODS)})\b")
_PATH_HEAD = re.compile(r"(?i)^\W*(?:path|endpoint|route|url)s?\W*$")
_METHOD_HEAD = re.compile(r"(?i)^\W*(?:http\s+)?(?:method|verb)s?\W*$")
_CODED_PATH = re.compile(r"^`/[^`\s]*`$")


def _said_method(section: Section) -> str:
    """The one method a paragraph of the section opens by saying all its routes take; "" when none does."""
    for block in section.blocks:
        if block.kind != "text":
            continue
        match = _ALL_ONE_METHOD.match(block.text.strip())
        if match is not None and len(set(_METHODS_NAMED.findall(block.text))) == 1:
            return match["method"]
    return ""


def _path_table(block: Block) -> bool:
    if block.kind != "table" or not block.header or len(block.rows) < 2:
        return False
    head = block.rows[0]
    if not head or not _PATH_HEAD.match(head[0]) or any(_METHOD_HEAD.match(cell) for cell in head):
        return False
    return all(row and _CODED_PATH.match(row[0].strip()) for row in block.body_rows)


def section_method_tables(doc: Document) -> Document:
    """`doc` with a Method column written into each path table whose section says the one method its routes take."""
    sections = []
    for section in doc.sections:
        method = _said_method(section)
        if method and any(_path_table(b) for b in section.blocks):
            blocks = [
                replace(b, rows=(("Method", *b.rows[0]), *((method, *row) for row in b.body_rows)))
                if _path_table(b)
                else b
                for b in section.blocks
            ]
            sections.append(replace(section, blocks=blocks))
        else:
            sections.append(section)
    return replace(doc, sections=sections)
