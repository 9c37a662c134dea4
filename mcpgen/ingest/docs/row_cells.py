"""Which cells of a route table's row name the row's requests, and which describe them.

A row of a table of routes names its request in a cell that opens with it (`` `POST /orders/<id>/invoices` ``,
`**GET** `/x``, `` `GET`, `PATCH /buyer` ``); its other cells describe that request, and a description may
mention another route in passing ("sends it as `POST /sent` would", "it and `GET /queue` between them list every
message"). Such a mention is a reference, not a request of the row: the cell stays the row's description (its
query flags, its body sketch are the row's request's), and the route it mentions takes nothing from the row."""

from __future__ import annotations

import re

from .requests import METHODS, request_lines

_OPENS = re.compile(rf"[\s`*_\[]*(?:{'|'.join(METHODS)})\b")


def row_cell_requests(cell: str) -> list[tuple[int, str, str]]:
    """The request lines of a row's cell that names requests (one that opens with a method); none for a cell
    that only mentions one in its description."""
    found = request_lines(cell)
    return found if found and _OPENS.match(cell) else []
