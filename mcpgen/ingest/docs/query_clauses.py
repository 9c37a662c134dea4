"""A clause of a route table's cell that says its names go in the query, beside a body it describes:

    | Endpoint           | Body                                                   |
    | `POST /v1/convert` | multipart field `file`; query `dpi`, `grayscale`       |
    | `POST /v1/render`  | `{"html": "..."}`; `width` and `height` as query parameters |

A request that carries a body may take further inputs in its query string, and a cell that describes the request
says so by a location word next to the names: a clause that opens with "query" ("query `a`, `b`", "query
params: `a`", "in the query: `a`"), or a run of names that closes with "as/in the query (parameters/string)"
or "(query)". Those names are query parameters of the row's request, not fields of its body, even in a column
headed Body: the location the cell states wins over the one its column implies. Need is not stated by the
location word, so it is left unsaid. A column of what comes back ("Returns", "Response") is not read.

A clause is the text between semicolons (or full stops); the word "query" in prose that names nothing in code
("query the model") states no parameter, and a coded name outside such a clause is left to the body's rules."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .blocks import Section
from .endpoint import Endpoint
from .parameter_columns import stated_request
from .params import Param
from .requests import path_key, split_target

_NAME = r"`[A-Za-z_][\w.-]*(?:=[^`]*)?`"
_RUN = rf"{_NAME}(?:\s*(?:,|/|\band\b|\bor\b|,\s*and\b|,\s*or\b)\s*{_NAME})*"
_QUERY = r"query(?:[ -]?string)?(?:\s+(?:param(?:eter)?s?|args?|arguments?|fields?|inputs?))?"
_OPENED = re.compile(
    rf"(?i)^\W*(?:(?:and|plus|with)\s+)?(?:(?:in|via)\s+(?:the\s+)?)?{_QUERY}\s*[:=]?\s*(?P<run>{_RUN})"
)
_CLOSED = re.compile(
    rf"(?i)(?P<run>{_RUN})\s*(?:\(\s*(?:in\s+(?:the\s+)?)?{_QUERY}\s*\)|(?:as|in)\s+(?:the\s+)?{_QUERY}\b)"
)
_ANSWER_HEAD = re.compile(r"(?i)\b(?:returns?|responses?|results?|outputs?|replies|reply|examples?)\b")
"""A column of what comes back (or of examples): the names it places in a query are of links and other calls."""


def queried_names(cell: str) -> list[str]:
    """The names a cell's clauses state as query parameters (see the module)."""
    names: list[str] = []
    for clause in re.split(r";|\.\s", cell.replace("\\|", "|")):
        for match in (_OPENED.search(clause), *_CLOSED.finditer(clause)):
            names += re.findall(r"`([A-Za-z_][\w.-]*)", match["run"]) if match is not None else []
    return list(dict.fromkeys(names))


def query_clause_params(
    sections: list[Section], endpoints: dict[tuple[str, str], Endpoint]
) -> Iterator[tuple[Endpoint, Param]]:
    """(the row's request, a query parameter a clause of its other cells states) for each route table row."""
    for block in (b for s in sections for b in s.blocks if b.kind == "table"):
        for row in block.body_rows:
            stated = stated_request(row)
            endpoint = endpoints.get((stated[0], path_key(split_target(stated[1]).path))) if stated else None
            heads = block.rows[0] if block.header else ()
            for index, cell in enumerate(row) if endpoint is not None and stated is not None else ():
                if index in stated[2] or (index < len(heads) and _ANSWER_HEAD.search(heads[index])):
                    continue
                for name in queried_names(cell):
                    yield endpoint, Param(name, "query", block.where, origin="table")


__all__ = ["queried_names", "query_clause_params"]
