"""Route-table cells that hold more than one path: the path followed by the request's body fields, or by further
requests of the same row.

A compact route table (`| Method | Path | Purpose |`) often packs into its path cell what a fuller reference
would give a row or a table of its own:

    | POST | `/sessions` `{user, password}`              | Log in                       |
    | PUT  | `/items/{id}` `{value, note?}`              | Write an item                |
    | POST | `/sessions/end` · GET `/sessions/current`   | Log out / who am I           |
    | GET/POST `/keys` · PATCH/DELETE `/{id}`          | Manage keys                  | admin |

- A brace shape of bare names in code right after the coded path (`` `/sessions` `{user, password}` ``) is the
  object-literal shorthand for the JSON object the request sends: its names are the body's top-level fields of
  a request that carries one (POST, PUT, PATCH). A name may carry a `: value` (`mode: merge|replace`), which
  gives its allowed values, and a trailing `?` marks it optional; the other names carry no mark of need, and
  such a shape in a path cell says nothing of it (it sketches what is sent, as the route beside it sketches where).
- Further requests after the path, each a method (or methods joined by a slash) and a coded path, separated by
  `·`, `;` or a comma (`` `/sessions/end` · GET `/sessions/current` ``), are operations of their own, which the
  cell's request lines give; the cell's own method goes with its first path only.
- A coded path that begins with a placeholder segment (`/{id}`, `/<id>`, `/:id`) right after another request of
  the same cell is written relative to that request's path, as the row's shorthand for the item under the
  collection (`/keys` then `/{id}` is `/keys/{id}`): no route begins with a lone placeholder under the root of
  an API whose other routes all share a prefix, and a reader of the row reads it so. A page that writes routes so
  abbreviates them, as one writing them from an ellipsis does (`written_routes`): a short path elsewhere on it that
  is the tail of one longer stated route (`POST /restore` in a timing table) names that route.

The path cell is read as its first path (`leading_path`) when it has that shape and nothing else, so that the
table is still recognised as a route table; the relative paths are written out in full before the page is read
(`continued_cells`); the body fields are read per row (`inline_bodies`). A cell whose text goes on in prose
(`` `/a` or `{b}` `` in a sentence) is left as it is.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .blocks import Document
from .brace_columns import shape_entries
from .requests import METHODS, path_key, split_target

_METHOD = "|".join(METHODS)
_METHODS = rf"(?:{_METHOD})(?:\s*/\s*(?:{_METHOD}))*"
_PATH = r"`(?P<path>/[^`\s]*)`"
_SHAPE = r"`\{(?P<shape>[^`{}]*(?:\{[^`{}]*\}[^`{}]*)*)\}`"
_SEP = r"\s*(?:·|;|,|\uff1b|\uff0c)\s*"
_ITEM = rf"{_SEP}{_METHODS}\s+`/[^`\s]*`(?:\s*`\{{[^`]*\}}`)?"
_CELL = re.compile(rf"\s*{_PATH}\s*(?:{_SHAPE})?(?P<items>(?:{_ITEM})*)\s*")
_RELATIVE = re.compile(
    rf"(?P<lead>(?:^|{_METHODS}\s+)`(?P<base>/[^`\s]*)`(?:\s*`\{{[^`]*\}}`)?{_SEP}{_METHODS}\s+`)"
    r"(?P<rel>/(?:\{\w+\}|<\w+>|:\w+)(?:/[^`\s]*)?)`"
)
_BODY_METHODS = ("POST", "PUT", "PATCH")


def leading_path(cell: str) -> str:
    """The cell's first coded path, where the cell is that path followed by a body shape or further requests
    (`` `/a` `{b, c}` ``, `` `/a` · GET `/b` ``); any other cell as it is."""
    match = _CELL.fullmatch(cell.replace("\\|", "|"))
    if match is None or not ((match["shape"] is not None and shape_entries(match["shape"])) or match["items"]):
        return cell
    return f"`{match['path']}`"


def inline_bodies(row: tuple[str, ...], method: str, path: str) -> list[tuple[str, bool | None]]:
    """(name, required) of the body fields a brace shape right after `path` in a cell of `row` names, for a
    `method` request that carries a body (required False where marked `?`, else not said)."""
    if method not in _BODY_METHODS:
        return []
    for cell in row:
        match = _CELL.fullmatch(cell.replace("\\|", "|"))
        if match is None or match["shape"] is None:
            continue
        if path_key(split_target(match["path"]).path) == path_key(path):
            return [(name, False if optional else None) for name, optional in shape_entries(match["shape"]) or []]
    return []


def continued_cells(doc: Document) -> Document:
    """The page with each table cell's placeholder-first path that follows another request of the cell written
    under that request's path (`GET /keys · DELETE /{id}` -> `DELETE /keys/{id}`)."""
    if not any(_RELATIVE.search(c) for s in doc.sections for b in s.blocks for row in b.rows for c in row):
        return doc

    def full(cell: str) -> str:
        return _RELATIVE.sub(lambda m: m["lead"] + m["base"].rstrip("/") + m["rel"] + "`", cell)

    return replace(
        doc,
        sections=[
            replace(s, blocks=[replace(b, rows=tuple(tuple(full(c) for c in row) for row in b.rows)) for b in s.blocks])
            for s in doc.sections
        ],
    )
