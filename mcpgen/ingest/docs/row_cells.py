"""Which cells of a route table's row name the row's requests, and which describe them.

A row of a table of routes names its request in a cell that opens with it (`` `POST /orders/<id>/invoices` ``,
`**GET** `/x``, `` `GET`, `PATCH /buyer` ``); its other cells describe that request, and a description may
mention another route in passing ("sends it as `POST /sent` would", "it and `GET /queue` between them list every
message"). Such a mention is a reference, not a request of the row: the cell stays the row's description (its
query flags, its body sketch are the row's request's), and the route it mentions takes nothing from the row.
Where no cell of the row opens with a request (`List users: `GET /users``), every cell's request lines are read
as before."""

from __future__ import annotations

import re

from .requests import METHODS, request_lines

_OPENS = re.compile(rf"[\s`*_\[]*(?:{'|'.join(METHODS)})\b")


def row_requests(row: tuple[str, ...]) -> list[list[tuple[int, str, str]]]:
    """Per cell of a table row, the request lines it names as the row's requests: those of the cells that open
    with a request, where one does, else those of every cell."""
    found = [request_lines(cell) for cell in row]
    opening = [bool(lines) and bool(_OPENS.match(cell)) for cell, lines in zip(row, found, strict=True)]
    return [lines if opens or not any(opening) else [] for lines, opens in zip(found, opening, strict=True)]
