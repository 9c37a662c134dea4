"""A route table whose rows carry their own example request in a cell:

    | Endpoint | Method | Description | Example |
    | --- | --- | --- | --- |
    | `/metrics/processes` | GET | Running processes | `curl http://localhost:8000/metrics/processes?limit=10` |

The example cell shows the request the row's route answers; a query string in it (`?limit=10`) names a parameter
that route takes, though no other cell lists it. The example shows a value one may send, not one that must be
sent, so each name is optional. Read only where the example's path is the row's own route (the path another cell
of the same row states, under whatever base the example's URL has), as a curl command or a bare URL.

Left alone: an example to another path than the row's, and a row with no route cell of its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .blocks import Document, Where
from .endpoint import Endpoint
from .params import Param
from .requests import parse_curl, path_key, split_target

_ROUTE_CELL = re.compile(r"^`?(?P<path>/[^\s`]*)`?$")
_URL = re.compile(r"^`?(?P<url>https?://\S+?)`?$")


def _requests(cell: str) -> list[tuple[str, str, list[str]]]:
    """(method, path, query names) of the example request a cell holds."""
    text = cell.strip().strip("`").strip()
    if text.startswith("curl "):
        return [(r.method, r.target.path, [q[0] for q in r.target.query]) for r in parse_curl(text)]
    if url := _URL.match(cell.strip()):
        target = split_target(url["url"])
        return [("GET", target.path, [q[0] for q in target.query])]
    return []


def row_example_queries(doc: Document, endpoints: dict[tuple[str, str], Endpoint]) -> Iterator[tuple[Endpoint, Param]]:
    """(the row's route, a query parameter its example request shows) for each route table row (see the module)."""
    for block in (b for s in doc.sections for b in s.blocks if b.kind == "table"):
        for row in block.body_rows:
            routes = {path_key(m["path"]) for c in row if (m := _ROUTE_CELL.match(c.strip()))}
            for cell in row:
                for method, path, names in _requests(cell):
                    key = path_key(path)
                    own = next((r for r in routes if key == r or (key.endswith(r) and r != "/")), None)
                    endpoint = endpoints.get((method, own)) if own else None
                    where = Where(block.where.file, block.where.line, block.where.page, block.where.section)
                    for name in names if endpoint is not None else []:
                        yield endpoint, Param(name, "query", where, required=False, origin="example")


__all__ = ["row_example_queries"]
