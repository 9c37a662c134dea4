"""Routes whose own description says they answer in pages, and a note elsewhere naming the page parameter:

    | GET | `/api/v1/notifications` | List notifications with filters, ordering and pagination |

    Conventions the dashboard depends on:

    - `page` is **1-indexed** on the wire.

The note speaks of the page parameter as the API's convention (how it counts), apart from any one route; the
routes it belongs to are the ones that say they paginate ("with pagination", "paginated", "paged": their
description, or the description cell of their row in a route table), not every read. Each such GET takes the
named parameter in its query, optional (the first page comes without it). The name must be one of the usual page
parameters (`page`, `page_size`, `per_page`, `offset`, `cursor`...) and the note must say how it counts ("is
1-indexed", "is zero-based", "starts at 1"), which is only said of an input: a response field `page` is described
by what it holds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from .blocks import Section
from .endpoint import Endpoint
from .params import Param
from .requests import METHODS, path_key, request_lines, split_target

_PAGE_NAMES = r"page|page_?number|pageNumber|per_?page|perPage|page_?size|pageSize|page_?token|pageToken|offset|cursor"
_COUNTS = re.compile(
    rf"`(?P<name>{_PAGE_NAMES})`\s+(?:is|are|starts|counts)\b[^.;]{{0,30}}?"
    r"(?:\b[01]-(?:indexed|based)\b|\b(?:zero|one)-(?:indexed|based)\b|\bstarts?\s+(?:at|from)\s+[01]\b)"
)
_PAGINATES = re.compile(r"(?i)\b(?:paginat(?:ion|ed|es)|paged)\b")


def _paginating_rows(sections: list[Section]) -> set[tuple[str, str]]:
    """(method, path key) of each route table row whose description cell says the route paginates."""
    found = set()
    for block in (b for s in sections for b in s.blocks if b.kind == "table"):
        for row in block.body_rows:
            cells = [c.strip().strip("`").strip() for c in row]
            methods = [c.upper() for c in cells if c.upper() in METHODS]
            paths = [c for c in cells if c.startswith("/") and " " not in c]
            lines = [(m, t) for c in row for _, m, t in request_lines(c)]
            said = any(_PAGINATES.search(c) for c in row)
            for method, path in lines or ([(methods[0], paths[0])] if len(methods) == 1 and len(paths) == 1 else []):
                if said:
                    found.add((method, path_key(split_target(path).path)))
    return found


def paged_routes(file: str, sections: list[Section], endpoints: Iterable[Endpoint]) -> Iterator[tuple[Endpoint, Param]]:
    """(a GET of the document `file` whose description says it paginates, the page parameter a note names)."""
    names: list[str] = []
    for section in sections:
        for block in section.blocks:
            texts = [item for _, item in block.items] if block.kind == "list" else [block.text]
            for text in (re.sub(r"[*_]{1,2}(?=\w)|(?<=\w)[*_]{1,2}", "", " ".join(t.split())) for t in texts):
                names += [m["name"] for m in _COUNTS.finditer(text)]
    if not names:
        return
    rows = _paginating_rows(sections)
    for endpoint in endpoints:
        said = f"{endpoint.summary} {endpoint.description}"
        paginates = _PAGINATES.search(said) or ("GET", path_key(endpoint.path)) in rows
        if endpoint.where.file == file and endpoint.method == "GET" and paginates:
            for name in dict.fromkeys(names):
                yield endpoint, Param(name, "query", endpoint.where, False, origin="prose")


__all__ = ["paged_routes"]
