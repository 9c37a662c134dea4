"""A route written with a literal trailing segment marked optional, in parentheses or square brackets:

    | Endpoint                              | What it answers                                   |
    |---------------------------------------|---------------------------------------------------|
    | `GET`/`POST /v1/reports/year(/build)` | The default year, or one built from rules you give |
    | `GET /v1/feeds[/latest]`              | All feeds, or only the newest                     |

One path stands for two, the short one (`/v1/reports/year`, the marked part left out) and the long one
(`/v1/reports/year/build`, taken); the parentheses or brackets are never part of a route's path. A row naming one
method states it on both forms. A row naming two methods before it names them in the order of the two forms, as a
compressed pair of rows: the first method on the short path, the second on the long one (`GET .../year`,
`POST .../year/build`), the way "`GET`/`POST` `/x(/y)`" abbreviates "`GET /x`" and "`POST /x/y`"; reading all four
would state a POST on the short path and a GET on the long one that the row never says apart. The pair is taken in
the order methods are written in (GET, HEAD, then POST, PUT, PATCH, DELETE), as the mentions of one cell do not keep
the order of its words: the safe method reads what the short path names, the other acts by the added word. More
methods than two are each stated on both forms.

Read only where the marked part is one or more literal path words (`(/resolve)`, `[/latest]`) at the end of the
path, the closing mark kept or cut off by the path's reading; a marked placeholder (`[/{id}]`) is the item of a
collection (`optional_item_segments.py`), other brackets (`[?q=]`) are read elsewhere.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace

from .mention import Mention

_ORDER = {method: i for i, method in enumerate(("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"))}
_OPTIONAL_LITERAL = re.compile(r"^(?P<head>/[^()\[\]{}<>]*?)/?[(\[](?P<tail>(?:/[A-Za-z][\w.-]*)+)[)\]]?/?$")


def optional_literal_segments(mentions: list[list[Mention]]) -> None:
    """Each mention whose path ends in an optional literal segment read as the short route, the long one, or both,
    by how many methods the same place names over the same path and where its own method stands among them."""
    for found in mentions:
        methods: dict[tuple[object, str], list[str]] = defaultdict(list)
        for m in found:
            if _OPTIONAL_LITERAL.match(m.target.path) and m.method not in methods[(m.where, m.target.path)]:
                methods[(m.where, m.target.path)].append(m.method)
        if not methods:
            continue
        kept: list[Mention] = []
        for m in found:
            match = _OPTIONAL_LITERAL.match(m.target.path)
            if match is None:
                kept.append(m)
                continue
            short = match["head"].rstrip("/") or "/"
            long = short.rstrip("/") + match["tail"]
            named = sorted(methods[(m.where, m.target.path)], key=lambda x: (_ORDER.get(x, len(_ORDER)), x))
            paths = [short, long] if len(named) != 2 else [[short, long][named.index(m.method)]]
            for path in paths:
                target = replace(m.target, path=path, query=list(m.target.query))
                kept.append(replace(m, target=target, written=path))
        found[:] = kept


__all__ = ["optional_literal_segments"]
