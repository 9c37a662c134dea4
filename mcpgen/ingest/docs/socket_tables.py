"""A WebSocket's route that a document states as a request with parameters of its own: a section titled by the
request line (`## WebSocket Channel — `GET /ws``) holding a parameter table (`| Param | Required | Description |`)
for the connection's query (`/ws?token=...&client=...`). Such a route is an HTTP request the client makes (the
upgrade is a GET, and its query carries the table's parameters), stated as the document's HTTP routes are, so it is
kept; a WebSocket route without a table of its own stays left out (`disowned.py`): only its messages are stated.
"""

from __future__ import annotations

import re

from .blocks import Section

_NAME_COLUMN = re.compile(r"(?i)^\W*(?:param(?:eter)?s?|name|field|argument|query(?: param(?:eter)?)?)\W*$")
_FLAG_COLUMN = re.compile(r"(?i)^\W*(?:required|optional|mandatory|type)\W*$")


def connect_parameters(section: Section) -> bool:
    """Whether the section holds a table of parameters: a header naming the parameter in its first column and
    saying, in another, whether each is required (or its type)."""
    for block in section.blocks:
        if block.kind != "table" or not block.header or not block.rows or len(block.rows) < 2:
            continue
        head = block.rows[0]
        if _NAME_COLUMN.match(head[0]) and any(_FLAG_COLUMN.match(cell) for cell in head[1:]):
            return True
    return False


__all__ = ["connect_parameters"]
