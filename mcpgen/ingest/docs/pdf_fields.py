"""Field lists printed in two columns: a label in the left column, what it labels beside it in the right one.

Sphinx and docutils print a field list (`Query Parameters:`, `Status Codes:`, `Request JSON Object:`) as a
two-column table without rules: the label on the first line of its field, ending with a colon (a long one
wrapped onto a second line below), and the field's body starting on the same line further right: a bullet
list, or one item a line. In the flow of lines that reads as one paragraph; this module reads it back as the
label followed by the list of the field's items, as the HTML page has it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .blocks import Block
from .pdf_layout import Line

if TYPE_CHECKING:
    from .pdf import _Emitter

_BULLET = re.compile(r"^[•◦▪‣●○■□\u2013*-]\s+")
_LABEL = re.compile(r"[A-Z][A-Za-z]*(?: [A-Za-z]+){0,3}(?::|[\u2010-]\s*)")
"""`Query Parameters:`, `Request JSON Object:`; or the first part of one wrapped in its column (`Request JSON Ob-`)."""

_HEAD = re.compile(r"[\w.\[\]$@-]+(?: \([^()]{1,40}\))? [\u2013\u2014-] ")
"""An item that starts with its name, perhaps a type in parentheses, then a dash: `limit (integer) - Number`."""


def field_column(em: _Emitter, i: int) -> tuple[list[Block], int] | None:
    """The field starting at line `i` as (label text block, list block), and the line after it; None when line
    `i` is not a label beside the start of its body."""
    lines, first = em.lines, em.lines[i]
    if len(first.chunks) != 2 or not _LABEL.fullmatch(first.chunks[0].text):
        return None
    label, body = first.chunks
    column, size = body.x0, first.size
    if column - label.x1 < size:  # cells set apart, not words of a sentence
        return None
    labels, items, last = [label.text], [[body.text]], first
    bulleted = bool(_BULLET.match(body.text))
    margin = max(ln.x1 for ln in lines[max(0, i - 40) : i + 40] if ln.page == first.page)
    j = i + 1
    while j < len(lines):
        line = lines[j]
        if line.page != last.page or not em._follows(last, line, 1.7):
            break
        left = [c for c in line.chunks if c.x1 <= column - size]
        right = [c for c in line.chunks if c.x0 >= column - 0.5 * size]
        if len(left) + len(right) != len(line.chunks) or len(left) > 1:
            break
        if left:
            if labels[-1].endswith(":"):
                break  # the next field's label
            labels.append(left[0].text)
        if right:
            text, x0 = " ".join(c.text for c in right), right[0].x0
            if x0 < column - 0.5 * size:
                break
            if bulleted:
                starts = bool(_BULLET.match(text))
            else:  # at the column's start, after a line that stopped short or as an item's head (`name (type) - `)
                starts = abs(x0 - column) <= 0.5 * size and (_ended(last, margin) or bool(_HEAD.match(text)))
            if starts:
                items.append([text])
            else:
                items[-1].append(text)
        last = line
        j += 1
    if not labels[-1].endswith(":") or (not bulleted and j == i + 1):
        return None  # (one line, no bullet: a `Label: value` line, as `REQUEST BODY SCHEMA: application/json`)
    where = em.where(first)
    text = em.join(labels)
    entries = tuple(("", em.join([_BULLET.sub("", part[0], count=1), *part[1:]])) for part in items)
    return [Block("text", where, text=text), Block("list", where, items=entries)], j


def _ended(line: Line, margin: float) -> bool:
    """`line` stops well short of the right margin of the text around it: the next line starts a new item."""
    return line.x1 < margin - 4 * line.size
