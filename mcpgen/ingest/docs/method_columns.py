"""Route tables with a column per method: `| URI | GET | PUT | description |` over rows that mark, under each
method the route accepts, a cell with `X` (or a check mark, "yes"), and leave the others empty.

No cell of such a table writes a method next to a path; the header does, once per column. Each marked cell is a
request of its column's method on its row's path. Read only when at least one header cell is a method name and
nothing else, every such column's cells are marks or empty, and a column holds a path on (nearly) every row.

The same table may describe instead of mark: each cell under a method says what that method does on the row's path
("Return a list of projects"), and a cell holding only a placeholder (`.`, `-`, `—`, "n/a") or nothing says the
method is not offered there. Each described cell is then a request, its text the operation's description, and a
query string it shows in code (`` ``?tags=tag1,tag2`` ``) that request's query. Read only when the method columns
hold at least one placeholder or empty cell beside the described ones (a table of prose under method names, with no
cell saying "not offered", is something else: a comparison, a table of notes per method).
"""

from __future__ import annotations

import re

from .requests import METHODS

_MARKUP = re.compile(r"[`*_\s]+")
_MARK = re.compile(r"(?i)x|yes|y|\u2713|\u2714\ufe0f?|\u2705|\u2611\ufe0f?|\u25cf|\u2022")
_PATH = re.compile(r"/\S*")
_ABSENT = re.compile(r"\.|-{1,2}|\u2013|\u2014|(?i:n/?a|none)|")
"""A cell saying the column's method is not offered on the row's path: a dot, a dash, "n/a", or nothing."""
_DESCRIBED = re.compile(r"[A-Za-z][\w'-]*\s+\w")
"""A cell that describes: prose of two words or more."""
_CODED_QUERY = re.compile(r"`+(?P<query>\?[A-Za-z_][\w.-]*=[^\s`]*)`+")


def _plain(cell: str) -> str:
    return _MARKUP.sub("", cell)


def _method_header(rows: tuple[tuple[str, ...], ...]) -> dict[int, str]:
    """The columns whose header cell (`rows[0]`) is a method name and nothing else, with their methods."""
    if len(rows) < 2:
        return {}
    return {i: _plain(c).upper() for i, c in enumerate(rows[0]) if _plain(c).upper() in METHODS}


def _path_column(rows: tuple[tuple[str, ...], ...], methods: dict[int, str]) -> int | None:
    """The first other column that holds a path on (nearly) every row below the header."""
    body = rows[1:]
    return next(
        (
            i
            for i in range(len(rows[0]))
            if i not in methods
            and sum(bool(_PATH.fullmatch(_plain(r[i]) if i < len(r) else "")) for r in body) >= 0.8 * len(body)
        ),
        None,
    )


def method_column_rows(rows: tuple[tuple[str, ...], ...]) -> list[tuple[str, str]]:
    """(method, path cell) for each marked cell of a table whose header (`rows[0]`) names a method per column."""
    methods = _method_header(rows)
    if not methods:
        return []
    body = rows[1:]
    cells = {i: [_plain(r[i]) if i < len(r) else "" for r in body] for i in methods}
    if any(c and not _MARK.fullmatch(c) for column in cells.values() for c in column):
        return []
    if not any(_MARK.fullmatch(c) for column in cells.values() for c in column):
        return []
    path_col = _path_column(rows, methods)
    if path_col is None:
        return []
    return [
        (method, row[path_col].strip().strip("`"))
        for row in body
        for i, method in methods.items()
        if i < len(row) and _MARK.fullmatch(_plain(row[i])) and _PATH.fullmatch(_plain(row[path_col]))
    ]


def described_method_cells(rows: tuple[tuple[str, ...], ...]) -> list[tuple[str, str, str]]:
    """(method, path cell, description) for each described cell of a table whose header names a method per column
    and whose other cells under those methods are placeholders (`.`, `-`) or empty."""
    methods = _method_header(rows)
    if not methods:
        return []
    body = rows[1:]
    cells = {i: [r[i].strip() if i < len(r) else "" for r in body] for i in methods}
    every = [c for column in cells.values() for c in column]
    absent = [bool(_ABSENT.fullmatch(_plain(c))) for c in every]
    if all(absent) or not any(absent):
        return []
    if any(not gone and not _DESCRIBED.match(c.strip("`*_ ")) for c, gone in zip(every, absent, strict=True)):
        return []
    path_col = _path_column(rows, methods)
    if path_col is None:
        return []
    return [
        (method, row[path_col].strip().strip("`"), row[i].strip())
        for row in body
        for i, method in methods.items()
        if i < len(row) and not _ABSENT.fullmatch(_plain(row[i])) and _PATH.fullmatch(_plain(row[path_col]))
    ]


def coded_query(description: str) -> str:
    """The query string a described cell shows in code (`` ``?tags=tag1,tag2`` ``), or ""."""
    found = _CODED_QUERY.search(description)
    return found["query"] if found else ""
