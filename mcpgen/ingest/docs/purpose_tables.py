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

Two more purposes state a method. A purpose whose first sentence names one method in capitals ("A ``GET`` of this
URL returns the log", "``POST`` a FASTA-formatted set of sequences", "``DELETE`` a superfamily") states a request of
that method: the method is written, in the row's words rather than a column of its own. A purpose that opens by
likening the row to the one above ("Same as above, except using RAxML") takes the method that row was read with.
And a purpose that is a page's name ("A dashboard of the queues", "The admin console") is what a browser opens
there, a GET. A purpose naming two methods in its first sentence ("GET or POST ...") is left to other rules.

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
_NAMED = re.compile(r"(?<![\w-])`*(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)`*(?![\w-])")
_FIRST_SENTENCE = re.compile(r"^.*?(?:[.!?](?=\s|$)|$)", re.S)
_SAME_AS_ABOVE = re.compile(
    r"(?i)^(?:identical|same|the\s+same)\s+(?:as|to)\s+(?:the\s+)?(?:above|previous|preceding)\b"
)
_PAGE = re.compile(
    r"(?i)^(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:dashboard|web\s+(?:page|ui|interface)|html\s+page|console|status\s+page)\b"
)
_FILE_ROOTS = frozenset({"etc", "usr", "var", "home", "tmp", "opt", "dev", "proc", "sys", "bin", "srv", "mnt", "root"})


def _stated_method(purpose: str, above: str) -> str:
    """The method a row's purpose states (see the module), `above` the one the row above was read with; "" if none."""
    purpose = purpose.strip(" *_")
    if _READING.match(purpose.strip("`")) or _PAGE.match(purpose):
        return "GET"
    named = set(_NAMED.findall(_FIRST_SENTENCE.match(purpose)[0]))  # type: ignore[index]
    if len(named) == 1:
        return named.pop()
    return above if _SAME_AS_ABOVE.match(purpose) else ""


def purpose_rows(block: Block) -> list[tuple[str, str]]:
    """(method, path) of the rows of a route-and-purpose table whose purpose states a method (a verb of reading, a
    method named, see the module), in order; [] when the block is no such table."""
    if block.kind != "table" or not block.header or len(block.rows) < 3:
        return []
    head, rows = block.rows[0], block.rows[1:]
    if len(head) < 2 or not _ROUTE_COLUMN.match(head[0].strip()) or any(_METHOD_COLUMN.search(c) for c in head):
        return []
    paths = [_PATH_CELL.match(row[0].strip()) if row else None for row in rows]
    if not all(paths) or any(m["path"].split("/")[1] in _FILE_ROOTS for m in paths if m):
        return []
    found, above = [], ""
    for match, row in zip(paths, rows, strict=True):
        above = _stated_method(row[1], above) if match and len(row) > 1 else ""
        if match and above:
            found.append((above, match["path"]))
    return found


def purpose_tables(section: Section, found: list[Mention]) -> None:
    """Add `METHOD path` to a section's mentions for each row of a route-and-purpose table whose purpose states a
    method (see the module), unless the section names that path already."""
    for block in section.blocks:
        for method, path in purpose_rows(block):
            target = split_target(path)
            if all(path_key(m.target.path) != path_key(target.path) for m in found):
                found.append(Mention(method, target, block.where, "line", prose=True, inferred=True))


__all__ = ["purpose_rows", "purpose_tables"]
