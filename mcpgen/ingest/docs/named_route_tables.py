"""A table of routes by name, a name column and a path column and no method column, the method written only as a
parenthesised note after the path of the rows that are not plain reads:

    | Name                  | Path                              |
    |-----------------------|-----------------------------------|
    | `shop:order_list`     | `/shop/orders/`                   |
    | `shop:order_detail`   | `/shop/orders/<id>/`              |
    | `shop:order_cancel`   | `/shop/orders/<id>/cancel/` (POST)|

Web frameworks name their URL patterns (Django's `app:name`, Rails' route helpers, Flask's endpoints), and a
README lists them as "Main URL routes": each row is a route of the app. The table marks the rows a browser does not
simply open with the method they take ("(POST)", "(POST JSON)"); a row with no note is a page or resource the app
serves to a GET, as a link or an address typed in is. So a row with a note opening with a method states that method
on its path, and a row with no note states a GET (inferred: the method is not written).

Read only where the structure is plain: a header row whose first column names names (Name, URL name, View, Route
name) and whose second names routes (Path, URL, Route, Endpoint, Pattern), no column naming a method; three rows or
more, each with a name and a second cell holding one absolute path in code, optionally followed by a parenthesised
note, none a file system path (`/var/app/media/`). A note naming no method ("(staff only)", "(removed)") leaves its
row alone, and a table with any other kind of path cell is no such table. A path the section names already with that
method is left to whatever names it there, and a row with no note whose path the document requests with another
method (`POST /shop/orders/` in an example below the table) is that request, not a GET.
"""

from __future__ import annotations

import re

from .blocks import Block, Document
from .mention import Mention
from .requests import METHODS, path_key, split_target

_NAME_COLUMN = re.compile(r"(?i)^[*_]*(?:(?:url|route|view|pattern)\s+)?(?:names?|views?)[*_]*$")
_ROUTE_COLUMN = re.compile(r"(?i)^[*_]*(?:paths?|urls?|routes?|endpoints?|patterns?|uris?)[*_]*$")
_METHOD_COLUMN = re.compile(r"(?i)\b(?:method|verb|http)\b")
_PATH_CELL = re.compile(r"^`(?P<path>/(?:[\w.~{}<>:-]+/?)*)`\s*(?:\((?P<note>[^()]*)\))?$")
_FILE_ROOTS = frozenset({"etc", "usr", "var", "home", "tmp", "opt", "dev", "proc", "sys", "bin", "srv", "mnt", "root"})
_NOTE_METHOD = re.compile(rf"^\s*(?P<method>{'|'.join(METHODS)})\b")


def named_route_rows(block: Block) -> list[tuple[str, str, bool]]:
    """(method, path, whether the method is inferred) for each row of a table of routes by name (see the module),
    in order; [] when the block is no such table."""
    if block.kind != "table" or not block.header or len(block.rows) < 4:
        return []
    head, rows = block.rows[0], block.rows[1:]
    if len(head) < 2 or not _NAME_COLUMN.match(head[0].strip()) or not _ROUTE_COLUMN.match(head[1].strip()):
        return []
    if any(_METHOD_COLUMN.search(cell) for cell in head):
        return []
    cells = [_PATH_CELL.match(row[1].strip()) if len(row) > 1 and row[0].strip(" `*_") else None for row in rows]
    if not all(cells) or any(m["path"].split("/")[1] in _FILE_ROOTS for m in cells if m):
        return []
    found = []
    for match in cells:
        assert match is not None
        if match["note"] is None:
            found.append(("GET", match["path"], True))
        elif method := _NOTE_METHOD.match(match["note"].upper()):
            found.append((method["method"], match["path"], False))
    return found


def named_route_tables(doc: Document, mentions: list[list[Mention]]) -> None:
    """Add each route of a table of routes by name (see the module) to the mentions of its section, unless the
    section names that method and path already, or, for a row with no method, the document requests that path
    with another method."""
    written = {(m.method, path_key(m.target.path)) for found in mentions for m in found if not m.inferred}
    for section, found in zip(doc.sections, mentions, strict=True):
        for block in section.blocks:
            for method, path, inferred in named_route_rows(block):
                target = split_target(path)
                key = path_key(target.path)
                if inferred and any(k == key and m != method for m, k in written):
                    continue  # `POST /x/` shown below: the row's unwritten method is that request's
                if all((m.method, path_key(m.target.path)) != (method, key) for m in found):
                    found.append(Mention(method, target, block.where, "line", prose=True, inferred=inferred))


__all__ = ["named_route_rows", "named_route_tables"]
