"""A route written with its last segment optional in square brackets, the item placeholder that segment holds:

    | Method                | Path                     | Purpose              |
    |-----------------------|--------------------------|----------------------|
    | `GET`/`POST`/`DELETE` | `/api/accounts[/{user}]` | Manage user accounts |

One path stands for two: the collection (`/api/accounts`, the bracket left out) and one item of it
(`/api/accounts/{user}`, the bracket taken). A bracket is never part of a route's path. Where the cell names
several methods, each goes where REST puts it: GET and POST (list, create) on the collection; PUT, PATCH and
DELETE (replace, update, remove) on the item, whose placeholder says which one. GET is read on the collection only
there, the one reading every such row takes (listing is what a collection is got for; an item GET the row does not
say apart). A request naming one method alone over such a path (`GET /things[/{id}]`) states the method on both,
since the bracket is then there for that method itself: except POST, which creates in the collection, and PUT,
PATCH and DELETE, which act on an item.

Read only where the bracketed part is a single placeholder segment at the end of the path (`[/{id}]`, `[/<id>]`,
`[/:id]`), the closing bracket kept or cut off by the path's reading; other brackets (`[?q=]`, `[/p1/p2]`) are
read elsewhere.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace

from .mention import Mention

_OPTIONAL_ITEM = re.compile(r"^(?P<head>/[^\[\]]*?)/?\[/(?P<segment>\{\w+\}|<\w+>|:\w+)\]?/?$")
_COLLECTION = {"GET", "POST", "HEAD"}
_ITEM = {"PUT", "PATCH", "DELETE"}


def _paths(method: str, head: str, item: str, several: bool) -> list[str]:
    if method in _ITEM:
        return [item]
    if method == "GET" and not several:
        return [head, item]
    return [head]


def optional_item_segments(mentions: list[list[Mention]]) -> None:
    """Each mention whose path ends in a bracketed optional placeholder segment read as the collection's or the
    item's route (or both), by its method and by how many methods the same place names over the same path."""
    for found in mentions:
        methods: dict[tuple[object, str], set[str]] = defaultdict(set)
        for m in found:
            if _OPTIONAL_ITEM.match(m.target.path):
                methods[(id(m.where), m.target.path)].add(m.method)
        if not methods:
            continue
        kept: list[Mention] = []
        for m in found:
            match = _OPTIONAL_ITEM.match(m.target.path)
            if match is None:
                kept.append(m)
                continue
            head = match["head"].rstrip("/") or "/"
            item = f"{head.rstrip('/')}/{match['segment']}"
            several = len(methods[(id(m.where), m.target.path)]) > 1
            for path in _paths(m.method, head, item, several):
                target = replace(m.target, path=path, query=list(m.target.query))
                kept.append(replace(m, target=target, written=path))
        found[:] = kept


__all__ = ["optional_item_segments"]
