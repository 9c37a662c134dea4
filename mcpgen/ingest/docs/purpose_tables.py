"""A table of routes with no method column, each row a path and what it is for:

    | Endpoint            | Purpose            |
    |---------------------|--------------------|
    | `/api/users/`       | List all users     |
    | `/api/reservations/`| List reservations  |

The page names its routes and says, in the row's words, what each gives; where those words open with a verb of
reading ("List all users", "Get the current settings", "Returns the tool's status"), the row states a read of the
path, GET, as "can be read via `/x`" does (`read_sentences`; the method is not written, so the mention is
inferred). A row whose words name another action ("Create a user", "Delete a tool") or no verb says no method, and
is left alone.

Read only where the structure is plain: a header row whose first column names routes (Endpoint, Path, Route, URL,
URI, Resource) and no column names a method; two rows or more, each first cell one absolute path in code and
nothing else, none a file system path (`/etc/app.conf`). A path the section names already is left to whatever
names it there.
"""

from __future__ import annotations

import re

from .blocks import Block, Section
from .mention import Mention
from .requests import path_key, split_target

_ROUTE_COLUMN = re.compile(r"(?i)^[*_]*(?:api\s+)?(?:endpoints?|paths?|routes?|urls?|uris?|resources?)[*_]*$")
_METHOD_COLUMN = re.compile(r"(?i)\b(?:method|verb|http)\b")
_PATH_CELL = re.compile(r"^`(?P<path>/(?:[\w.~{}<>:-]+/?)*)`$")
_READING = re.compile(r"^(?:list|get|retrieve|fetch|return|show|read|view)s?\b", re.I)
_FILE_ROOTS = frozenset({"etc", "usr", "var", "home", "tmp", "opt", "dev", "proc", "sys", "bin", "srv", "mnt", "root"})


def purpose_rows(block: Block) -> list[str]:
    """The paths of the rows of a route-and-purpose table whose purpose opens with a verb of reading (see the
    module), in order; [] when the block is no such table."""
    if block.kind != "table" or not block.header or len(block.rows) < 3:
        return []
    head, rows = block.rows[0], block.rows[1:]
    if len(head) < 2 or not _ROUTE_COLUMN.match(head[0].strip()) or any(_METHOD_COLUMN.search(c) for c in head):
        return []
    paths = [_PATH_CELL.match(row[0].strip()) if row else None for row in rows]
    if not all(paths) or any(m["path"].split("/")[1] in _FILE_ROOTS for m in paths if m):
        return []
    return [m["path"] for m, row in zip(paths, rows, strict=True) if m and _READING.match(row[1].strip(" *_`"))]


def purpose_tables(section: Section, found: list[Mention]) -> None:
    """Add `GET path` to a section's mentions for each row of a route-and-purpose table whose purpose is a read
    (see the module), unless the section names that path already."""
    for block in section.blocks:
        for path in purpose_rows(block):
            target = split_target(path)
            if all(path_key(m.target.path) != path_key(target.path) for m in found):
                found.append(Mention("GET", target, block.where, "line", prose=True, inferred=True))


__all__ = ["purpose_rows", "purpose_tables"]
