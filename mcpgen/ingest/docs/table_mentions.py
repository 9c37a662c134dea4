"""Endpoint tables: rows of a method column beside a path column (`| GET | /pets | List pets |`), with or
without a header that names them, and tables with a column per method marking the routes it applies to."""

from __future__ import annotations

import re

from . import example_paths as shown_paths
from .base_placeholders import based_paths
from .blocks import Block
from .listed_paths import first_of_alternatives, listed_paths
from .mention import Mention
from .method_columns import coded_query, described_method_cells, method_column_rows
from .packed_route_cells import leading_path
from .requests import METHODS, TARGET, split_target, unwrapped_path
from .shared_method_cells import spelled_requests
from .target_columns import target_column_requests


def table_mentions(block: Block) -> list[Mention]:
    """Rows of an endpoint table: a method (verb) column and a path (endpoint, URL, resource) column (one row
    without a header too: `**GET** | /pods | | Retrieve Pod List` opening each operation of a page)."""
    if len(block.rows) < (2 if block.header else 1):
        return []
    header = [re.sub(r"[`*_]", "", c).strip().lower() for c in block.rows[0]]
    method_col = next((i for i, c in enumerate(header) if _METHOD_HEADER.fullmatch(c)), None)
    path_col = next(
        (i for i, c in enumerate(header) if re.fullmatch(r"path|endpoint|url|uri|resource|route|request", c)), None
    )
    rows = block.rows[1:]
    if block.header and method_col is None and (marked := method_column_rows(block.rows)):
        # `| URI | GET | PUT |` over `X` marks: a request per marked cell
        return [
            Mention(method, split_target(unwrapped_path(unlink(cell))), block.where, "table")
            for method, cell in marked
            if TARGET.match(unwrapped_path(unlink(cell)))
        ]
    if block.header and method_col is None and (described := described_method_cells(block.rows)):
        # `| URL | GET | POST |` over what each method does there, `.` where it is not offered
        return [
            Mention(
                method,
                split_target(unwrapped_path(unlink(cell)) + coded_query(text)),
                block.where,
                "table",
                text=text,
            )
            for method, cell, text in described
            if TARGET.match(unwrapped_path(unlink(cell)))
        ]
    if block.header and path_col is None and (served := target_column_requests(block.rows)):
        # `| HTTP Verb | Entire Collection (e.g. `/products`) |` over status cells, `405` where not served
        return [
            Mention(method, split_target(path), block.where, "table") for method, path in served if TARGET.match(path)
        ]
    if not block.header or method_col is None or path_col is None:
        # no header that names them: a column of methods beside a column of paths, row after row
        rows = block.body_rows
        # (under a header row, one row is a table too: `Op | URL` over `GET | .../rows`)
        method_col, path_col = _method_and_path_columns(rows, 1)
        if method_col is None or path_col is None:
            return []
    found = []
    last_paths = [""]
    for row in rows:
        cell = leading_path(unlink(row[path_col])) if path_col < len(row) else ""  # `/a` `{b}`, `/a` · GET `/c`
        paths = listed_paths(cell) or first_of_alternatives(cell)  # `/a`, `/b`: a route each; `/a` or `/b`: one
        paths = paths or [unwrapped_path(cell.strip().strip("`"))]
        last_paths = paths if any(paths) else last_paths
        methods = row[method_col].upper() if method_col < len(row) else ""
        # `<BASE URL>/<RESOURCE>/<uid:optional>`: two routes
        for shown in (s for path in last_paths for s in based_paths(path) or [path]):
            if not TARGET.match(shown):
                continue
            target = shown + shown_paths.query_in_row(shown, row)  # a comment's `/x/bulk?_ids=1,2,3`
            found.extend(
                Mention(method, split_target(target), block.where, "table")
                for method in re.findall(r"\b(?:" + "|".join(METHODS) + r")\b", methods)
            )
    return found


def cell_texts(block: Block) -> list[str]:
    """The cells of a table as texts to read request lines in, a run of paths under one method written as requests
    of their own (`shared_method_cells.py`)."""
    return [spelled_requests(cell) for row in block.rows for cell in row]


def _method_and_path_columns(rows: tuple[tuple[str, ...], ...], least: int = 2) -> tuple[int | None, int | None]:
    """The columns of a table that hold a method and a path on (nearly) every one of at least `least` rows."""
    if len(rows) < least or not rows:
        return None, None
    width = max(len(r) for r in rows)

    def share(column: int, pattern: re.Pattern[str]) -> float:
        texts = [leading_path(unlink(r[column])) for r in rows if column < len(r)]  # `/a` `{b}`: the path `/a`
        cells = [_DECORATION.sub("", text).strip().strip("`*") for text in texts]
        return sum(bool(pattern.fullmatch(c)) for c in cells) / len(rows)

    methods = [i for i in range(width) if share(i, _METHOD_CELL) >= 0.8 or _lower_methods(rows, i)]
    paths = [i for i in range(width) if i not in methods and share(i, _PATH_CELL) >= 0.8]
    return (methods[0], paths[0]) if methods and paths else (None, None)


def _lower_methods(rows: tuple[tuple[str, ...], ...], column: int) -> bool:
    """A column of methods written in lower case (`get`, `post`, `delete`), as tables headed "Request Type" or
    "Type" write them. A lower-case word alone is often prose (`head`, `options`, `get`), so the column is read
    only when there are two rows or more and every one of its cells is a method name and nothing else."""
    if len(rows) < 2:
        return False
    cells = [_DECORATION.sub("", unlink(r[column])).strip().strip("`*") if column < len(r) else "" for r in rows]
    return all(_METHOD_CELL.fullmatch(c.upper()) for c in cells)


_METHOD_HEADER = re.compile(r"(?:http )?(?:method|verb)s?|(?:http )?request (?:type|method)s?")
"""The header of a method column: "Method", "HTTP verb", "Request type" (the kind of request: GET, POST)."""
_METHOD_CELL = re.compile(r"(?:" + "|".join(METHODS) + r")(?:\s*[,/|]\s*(?:" + "|".join(METHODS) + r"))*")
_PATH_CELL = re.compile(r"/[^\s]*")
_DECORATION = re.compile(r"\s*(?::[a-z0-9_+-]+:|[^\x00-\x7f])")
"""Emoji beside a cell's value (`GET :fire:`, `POST ✨`): decoration, not part of the method."""


def unlink(text: str) -> str:
    """`[/pets](#get-pets)` -> `/pets`."""
    return re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
