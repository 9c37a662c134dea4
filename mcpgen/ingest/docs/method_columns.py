"""Route tables with a column per method: `| URI | GET | PUT | description |` over rows that mark, under each
method the route accepts, a cell with `X` (or a check mark, "yes"), and leave the others empty.

No cell of such a table writes a method next to a path; the header does, once per column. Each marked cell is a
request of its column's method on its row's path. Read only when at least one header cell is a method name and
nothing else, every such column's cells are marks or empty, and a column holds a path on (nearly) every row.
"""

from __future__ import annotations

import re

from .requests import METHODS

_MARKUP = re.compile(r"[`*_\s]+")
_MARK = re.compile(r"(?i)x|yes|y|\u2713|\u2714\ufe0f?|\u2705|\u2611\ufe0f?|\u25cf|\u2022")
_PATH = re.compile(r"/\S*")


def _plain(cell: str) -> str:
    return _MARKUP.sub("", cell)


def method_column_rows(rows: tuple[tuple[str, ...], ...]) -> list[tuple[str, str]]:
    """(method, path cell) for each marked cell of a table whose header (`rows[0]`) names a method per column."""
    if len(rows) < 2:
        return []
    header, body = rows[0], rows[1:]
    methods = {i: _plain(c).upper() for i, c in enumerate(header) if _plain(c).upper() in METHODS}
    if not methods:
        return []
    cells = {i: [_plain(r[i]) if i < len(r) else "" for r in body] for i in methods}
    if any(c and not _MARK.fullmatch(c) for column in cells.values() for c in column):
        return []
    if not any(_MARK.fullmatch(c) for column in cells.values() for c in column):
        return []
    path_col = next(
        (
            i
            for i in range(len(header))
            if i not in methods
            and sum(bool(_PATH.fullmatch(_plain(r[i]) if i < len(r) else "")) for r in body) >= 0.8 * len(body)
        ),
        None,
    )
    if path_col is None:
        return []
    return [
        (method, row[path_col].strip().strip("`"))
        for row in body
        for i, method in methods.items()
        if i < len(row) and _MARK.fullmatch(_plain(row[i])) and _PATH.fullmatch(_plain(row[path_col]))
    ]
