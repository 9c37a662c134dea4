"""Verb-by-target matrices: a table with a row per method (`| HTTP Verb | CRUD | Entire Collection (e.g.
`/products`) | Specific Item (e.g. `/products/{id}`) |`) and a column per route, the route written once, in code,
in the column's header, and each cell saying what the row's method does on the column's route (`200 (OK), list of
items.`, `201 (Created) ...`).

It is the transpose of a route table with a column per method (`method_columns`): no cell writes a method next to a
path, the row's first cell gives the method and the header the path. A cell that says only that the method is not
served there (`405 (Method Not Allowed)`, a lone `404 (Not Found)`, `501 (Not Implemented)`, `-`, "n/a" or
nothing) is no request; every other cell is a request of its row's method on its column's route. Read only when a
column holds a lone method name on every row below the header, at least one other column's header holds exactly
one path in code, and at least one cell under such a column says "not served" beside the served ones (a table of
methods by routes where every cell is prose is a comparison of something else).
"""

from __future__ import annotations

import re

from .requests import METHODS

_TAGS = re.compile(r"<[^>]+>")
_MARKUP = re.compile(r"[`*_]+")
_CODED_PATH = re.compile(r"`(/[^`\s]*)`")
_DENIED = re.compile(
    r"(?i)(?:(?:405|404|501)\s*(?:\(?\s*(?:method not allowed|not found|not implemented|not allowed)\s*\)?)?"
    r"|n/?a|not (?:allowed|supported|available)|-{1,2}|\u2013|\u2014)?\s*\.?"
)
"""A cell saying the row's method is not served on the column's route: a 405, a lone 404 or 501, a dash, "n/a"."""


def _plain(cell: str) -> str:
    return " ".join(_MARKUP.sub("", _TAGS.sub(" ", cell)).split())


def _method_column(rows: tuple[tuple[str, ...], ...]) -> int | None:
    """The column holding a lone method name on every row below the header (two rows at least)."""
    body = rows[1:]
    if len(body) < 2:
        return None
    return next(
        (i for i in range(len(rows[0])) if all(i < len(r) and _plain(r[i]).upper() in METHODS for r in body)),
        None,
    )


def target_column_requests(rows: tuple[tuple[str, ...], ...]) -> list[tuple[str, str]]:
    """(method, path) for each served cell of a table of a row per method and a column per route (`rows[0]` the
    header, each route column's header holding one path in code)."""
    method_col = _method_column(rows)
    if method_col is None:
        return []
    targets = {}
    for i, head in enumerate(rows[0]):
        paths = _CODED_PATH.findall(head)
        if i != method_col and len(paths) == 1:
            targets[i] = paths[0]
    if not targets:
        return []
    body = rows[1:]
    denied = [not (i < len(r)) or bool(_DENIED.fullmatch(_plain(r[i]))) for r in body for i in targets]
    if not any(denied) or all(denied):
        return []
    return [
        (_plain(row[method_col]).upper(), path)
        for i, path in targets.items()
        for row in body
        if i < len(row) and not _DENIED.fullmatch(_plain(row[i]))
    ]
