"""A client call named after an operation a route table names, with keyword arguments:

    | Method | Endpoint          | API operation       | Description            |
    | GET    | `/games/scores`   | `games-scores`      | Scores of a day        |

    result = client.scores(sport='football', day_offset=0)

A client library generated from (or written beside) an API gives each operation a method named after the
operation's name, in the language's spelling (`games-scores` as `games_scores`), often without the group prefix
every operation of the API shares (`client.scores`, the `games` group being the client itself or an attribute of
it). The table that names each route's operation ties the call to its route, and a call that passes its values
by keyword names the route's inputs: `sport` and `day_offset` are parameters of `GET /games/scores`, in the query
for a request without a body (GET, DELETE, HEAD), else in the body; the call does not say whether they are needed.

Read only tables whose header names an operation column (operation, operation id, client method) beside a method
and a path on each row, only calls whose arguments are all keywords with plain values (strings, numbers, booleans,
None), and only names that one operation alone answers to.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from .blocks import Block, Document
from .endpoint import Endpoint
from .params import Param, valid_name
from .requests import METHODS, path_key, split_target

_OPERATION_HEAD = re.compile(
    r"(?i)^(?:api\s+)?operation(?:\s*(?:id|name))?$|^operationid$|^(?:client|sdk|python)\s+(?:method|function)$"
)
_METHOD_CELL = re.compile(rf"(?:{'|'.join(METHODS)})")
_OPERATION_CELL = re.compile(r"[A-Za-z][\w.-]*")
_CALL = re.compile(r"(?<![\w.])[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*\.(?P<name>[A-Za-z_]\w*)\((?P<args>[^()]*)\)")
_VALUE = r"""(?:'[^'\n]*'|"[^"\n]*"|-?\d[\d.]*|True|False|None|true|false|null)"""
_KEYWORD = re.compile(rf"^\s*(?P<name>[A-Za-z_]\w*)\s*=\s*{_VALUE}\s*$")


def _snake(name: str) -> str:
    return re.sub(r"[-.\s]+", "_", re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name)).lower()


def _clean(cell: str) -> str:
    return cell.strip().strip("`*").strip()


def _operations(block: Block) -> dict[str, tuple[str, str]]:
    """Operation name -> (METHOD, path) for each row of a table with an operation column (see the module)."""
    if not block.header or len(block.rows) < 3:
        return {}
    heads = [re.sub(r"[`*_]", "", c).strip() for c in block.rows[0]]
    column = next((i for i, h in enumerate(heads) if _OPERATION_HEAD.match(h)), None)
    if column is None:
        return {}
    found: dict[str, tuple[str, str]] = {}
    for row in block.rows[1:]:
        cells = [_clean(c) for c in row]
        methods = [c for i, c in enumerate(cells) if i != column and _METHOD_CELL.fullmatch(c)]
        paths = [c for i, c in enumerate(cells) if i != column and re.fullmatch(r"/\S*", c)]
        operation = cells[column] if column < len(cells) else ""
        if len(methods) == 1 and len(paths) == 1 and _OPERATION_CELL.fullmatch(operation):
            found[_snake(operation)] = (methods[0], paths[0])
    return found


def _names(operations: dict[str, tuple[str, str]]) -> dict[str, tuple[str, str]]:
    """The names a client calls each operation by: its own, and without the group prefix all of them share."""
    names: dict[str, tuple[str, str] | None] = dict(operations)
    words = [op.split("_") for op in operations]
    shared = 0
    while len(words) >= 2 and all(len(w) > shared + 1 and w[shared] == words[0][shared] for w in words):
        shared += 1
    for op, route in operations.items() if shared else ():
        short = "_".join(op.split("_")[shared:])
        names[short] = route if names.get(short, route) == route else None
    return {name: route for name, route in names.items() if route is not None}


def _keywords(args: str) -> list[str] | None:
    """The keyword names of a call's arguments; None unless every argument is a keyword with a plain value."""
    parts = [p for p in args.split(",") if p.strip()]
    matches = [_KEYWORD.match(p) for p in parts]
    if not parts or not all(matches):
        return None
    return [m["name"] for m in matches if m is not None]


def operation_call_params(doc: Document, endpoints: Iterable[Endpoint]) -> Iterator[tuple[Endpoint, Param]]:
    """(endpoint, parameter) for each keyword argument of a call named after a route's operation."""
    operations: dict[str, tuple[str, str]] = {}
    for block in (b for s in doc.sections for b in s.blocks if b.kind == "table"):
        operations.update(_operations(block))
    names = _names(operations)
    if not names:
        return
    by_key = {(e.method, path_key(e.path)): e for e in endpoints}
    for block in (b for s in doc.sections for b in s.blocks if b.kind == "code"):
        for call in _CALL.finditer(block.text):
            route = names.get(call["name"])
            endpoint = by_key.get((route[0], path_key(split_target(route[1]).path))) if route else None
            where = "query" if endpoint is not None and endpoint.method in ("GET", "DELETE", "HEAD") else "body"
            for name in (_keywords(call["args"]) or []) if endpoint is not None else []:
                if valid_name(name):
                    yield endpoint, Param(name, where, block.where, None, origin="example request")
