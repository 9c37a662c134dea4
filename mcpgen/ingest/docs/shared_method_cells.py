"""A route table's cell naming several paths under one method: `` `GET /invoices`, `/invoices/<id>`,
`/invoices/<id>/document` ``.

A table with one row per group of routes writes the method once, before the first path, and lists the routes that
share it after commas (or "and"/"or", a spaced slash as in `` `POST /files` / `/voices` ``, whose other column
pairs the two commands the same way, or only spaces between the code spans), each path in code of its own: every
path so listed is a request of that method, as `` `GET /invoices/<id>` `` would be. The cell must be the run and
nothing else (a description cell that says "as `POST /sent` would, the document is at `/sent/<id>`" names a route
and a place, not two routes).

Where every path of the run is the same but for its last segment, and each of those segments is a value rather
than a word (`` `GET /terms/BT-13`, `/terms/BG-25` ``: an identifier with a number in it), the paths are examples
of one route with a placeholder there, named after the collection (`/terms/{term}`); words in that place
(`` `/binding/Invoice`, `/binding/CreditNote` ``) or version segments (`v2`) stay routes of their own."""

from __future__ import annotations

import re

from .requests import METHODS

_METHOD = "|".join(METHODS)
_JOIN = r"\s*(?:,\s*(?:(?:and|or)\s+)?|(?:and|or)\s+)|\s+/\s+|\s+"
_RUN = re.compile(rf"`(?P<method>{_METHOD})\s+(?P<first>/[^`\s]*)`(?P<rest>(?:(?:{_JOIN})`/[^`\s]*`)+)\s*")
_VALUE = re.compile(r"(?![vV]\d+$)(?:[A-Za-z]{1,4}[-_]?)?\d+")


def spelled_requests(cell: str) -> str:
    """The cell with each path of a shared-method run written as a request line of its own (or, for examples of
    one route, that route's template); any other cell as it is."""
    match = _RUN.fullmatch(cell.strip())
    if match is None:
        return cell
    paths = [match["first"], *re.findall(r"`(/[^`\s]*)`", match["rest"])]
    heads = {p.rstrip("/").rsplit("/", 1)[0] for p in paths}
    lasts = [p.rstrip("/").rsplit("/", 1)[1] for p in paths]
    if len(heads) == 1 and all(_VALUE.fullmatch(s) for s in lasts) and len(set(lasts)) == len(lasts):
        head = heads.pop()
        collection = head.rsplit("/", 1)[-1]
        name = re.sub(r"\W", "_", collection[:-1] if collection.endswith("s") and len(collection) > 3 else "id")
        return f"`{match['method']} {head}/{{{name or 'id'}}}`"
    return ", ".join(f"`{match['method']} {path}`" for path in paths)
