"""Query flags a route table's description names in code, clause by clause: a row
`` `GET /payments`, `GET /payments/<id>` | Every payment, newest first; by id, the newest with that id, or `?all`
for every one ``.

A row that names several routes in one cell often describes them in one cell too, one clause each, in the order
the routes stand, the clauses parted by semicolons ("every payment ...; by id, ..."). A query string in code in a
clause (`` `?all` ``, `` `?type=pain.002` ``, `` `?days=N` ``) is a query parameter of the route that clause
describes; a bare flag (`?all`, no value) is a parameter too, one a client sends to switch something on. Where the
clauses do not match the routes one for one, nothing is read (the flag could be any one's); a row of one route
takes the flags of its whole description, and a description that merely mentions another route (`GET /queue`) does
not give it the row's flags. Each flag is optional: the row offers it."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from .blocks import Document
from .endpoint import Endpoint
from .method_pairs import joined_methods, leading_methods
from .params import Param, valid_name
from .requests import METHODS, path_key, request_lines, split_target
from .shared_method_cells import spelled_requests

_OPENS = re.compile(rf"[\s`*_\[]*(?:{'|'.join(METHODS)})\b")
_FLAGS = re.compile(r"`\?(?P<query>[A-Za-z_][\w.-]*(?:=[^`\s&]*)?(?:&[A-Za-z_][\w.-]*(?:=[^`\s&]*)?)*)`")


def row_flags(docs: Iterable[Document], endpoints: Iterable[Endpoint], add: Callable[[Endpoint, Param], None]) -> None:
    """Give each route of a table row the query flags its clause of the row's description names in code."""
    known = {(e.method, path_key(e.path)): e for e in endpoints}
    for doc in docs:
        for block in (b for s in doc.sections for b in s.blocks if b.kind == "table"):
            for row in block.body_rows:
                named = [_routes(cell) if _OPENS.match(cell) else [] for cell in row]
                routed = [i for i, found in enumerate(named) if found]
                if len(routed) != 1:
                    continue
                routes = [known.get((method, path_key(split_target(raw).path))) for method, raw in named[routed[0]]]
                described = " ".join(cell for i, cell in enumerate(row) if i not in routed and "`?" in cell)
                clauses = [described] if len(routes) == 1 else re.split(r";\s+", described)
                if not described or len(clauses) != len(routes):
                    continue
                for endpoint, clause in zip(routes, clauses, strict=True):
                    for match in _FLAGS.finditer(clause) if endpoint is not None else ():
                        for pair in match["query"].split("&"):
                            if valid_name(name := pair.split("=", 1)[0]):
                                add(endpoint, Param(name, "query", block.where, False, origin="prose"))


def _routes(cell: str) -> list[tuple[str, str]]:
    """(method, path) for each request a route cell names, in the order it names them: `GET`, `PATCH /x` and
    `GET/PATCH /x` two, `GET /a`, `/b` two."""
    text = spelled_requests(cell)
    found = [*leading_methods(text), *joined_methods(text), *((m, raw) for _, m, raw in request_lines(text))]
    return list(dict.fromkeys(found))
