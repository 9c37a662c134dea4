"""A route's description that says it takes the filters of another request by pointing at it: "Deletes all
messages in inbox. Also, you can filter deletable messages like in **GET /api/0/**", "accepts the same filters as
`GET /jobs`", "supports the query parameters of `GET /items`".

The request line there is a reference, not a route of its own: it names where the filters are listed. Where it is
a route the document states, that route's filters (its query parameters) are this route's too. Where the line is
written short, a prefix of the routes the document states (`GET /api/0/` among `GET /api/0/inboxes/`,
`GET /api/0/messages/`...), it stands for the one stated route of that method under that prefix which lists
filters, when exactly one does; the short line then is no route (it was only ever a pointer), unless the document
states it elsewhere too. Only a read's filters are read so, for a route that carries a query (a read or a DELETE);
a write's parameters named the same way are `inherited`'s. Any other reference (to no stated route, or to several
that list filters) is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from .blocks import Section, Where
from .endpoint import Endpoint
from .params import Param
from .requests import METHODS, path_key

_METHOD = "|".join(METHODS)
_LIKENED = re.compile(
    r"(?i)\b(?:filters?|filtering|query\s+parameters|parameters|params|arguments|options)\b[^.;:]{0,60}?"
    r"\b(?:like|as|the\s+same\s+as|same\s+as|of)\s+(?:in|for|with|on|by\s+)?\s*"
    rf"[*_`]*(?P<method>{_METHOD})\s+`?(?P<path>/[^\s`*]*)"
)
_READS = ("GET", "HEAD")
_FILTER_VERB = re.compile(r"(?i)\b(?:filter|filters|filtering|accepts?|takes?|supports?|same)\b")


def _target(method: str, path: str, endpoints: dict[tuple[str, str], Endpoint]) -> tuple[tuple[str, str], bool]:
    """(the stated route the reference names, whether it was written short), or ((), False)."""
    key = (method.upper(), path_key(path))
    if key in endpoints and any(loc in ("query", "") for _, loc in endpoints[key].params):
        return key, False
    prefix = path_key(path).rstrip("/") + "/"
    under = [
        k
        for k, e in endpoints.items()
        if k[0] == key[0] and k[1].startswith(prefix) and any(loc in ("query", "") for _, loc in e.params)
    ]
    return (under[0], True) if len(under) == 1 else ((), False)


def likened_filters(
    sections: list[Section], owners: list[tuple[str, str] | None], endpoints: dict[tuple[str, str], Endpoint]
) -> Iterator[tuple[Endpoint, Param | None, tuple[tuple[str, str], Where] | None]]:
    """(the describing route, a filter it takes from the route it points at, None) and, once per short
    reference, (that route, None, (the key of the short line, where it is written))."""
    for section, owner in zip(sections, owners, strict=True):
        if owner is None or owner not in endpoints:
            continue
        for block in (b for b in section.blocks if b.kind == "text"):
            for match in _LIKENED.finditer(block.text):
                if not _FILTER_VERB.search(block.text[: match.end()]):
                    continue
                if match["method"].upper() not in _READS or owner[0] not in ("DELETE", *_READS):
                    continue  # a read's filters, to a request that carries a query (a write's: `inherited`)
                key, short = _target(match["method"], match["path"], endpoints)
                if not key or key == owner:
                    continue
                source = endpoints[key]
                for (_, location), param in list(source.params.items()):
                    if location in ("query", ""):
                        yield endpoints[owner], replace(param, location="query"), None
                if short:
                    yield endpoints[owner], None, ((match["method"].upper(), path_key(match["path"])), block.where)


__all__ = ["likened_filters"]
