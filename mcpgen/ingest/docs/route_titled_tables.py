"""A parameter table under a heading that names a route's path, away from the route's own section:

    ### Endpoints
    | Method | Path | Description |
    | GET | `/calls` | List calls |
    ...
    ### Parameters of `/calls`        (in any language: "Параметры `/calls`")
    | Name | Description | Example |
    | `src` | Caller number | `613610` |

A heading that writes one path in code and no method, where that path is the path of exactly one stated route,
titles what follows as about that route; a table in it that lists names is that route's parameters (where they
go is settled by the route's method, as for any table that does not say). A table whose header the reader
knows as a parameter table (`Name`, `Description`...) is read as such. One whose header it cannot read (written
in another language) counts when every row opens with a name in code and the route's example requests already
send at least one of those names: the document's own requests show what the table lists. A heading about the
response ("`/calls` response") gives nothing, nor does a path no route or several routes have, nor a heading that
is the path alone (the route's own heading, whose tables may as well describe what it answers), unless the part
that holds it is headed as parameters:

    ## Endpoint-Specific Parameters
    ### `/api/bounds`                 (the route stated in an endpoint table above)
    | Parameter | Description |"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .blocks import Block, Section
from .endpoint import Endpoint
from .params import Param, context_location, from_table, is_param_table, valid_name
from .requests import path_key, split_target

_CODED_PATH = re.compile(r"`(/[^`\s]*)`")
_CODED_NAME = re.compile(r"^\s*`(?P<name>[^`]+)`\s*$")
_WHOLE_BODY = re.compile(
    r"(?i)\b(?:request|post|put|patch)\s+body\s+(?:must|should|shall|has\s+to)\s+be\s+an?\s+(?!json\b)[\w-]+"
    r"(?:\s+[\w-]+)?\s+(?:object|document|file)\b(?!\s+(?:with|containing|of|whose|having|holding)\b)"
)
"""The section says what the body is as a whole ("The POST body must be a GeoJSON feature object"): a document
of a named kind (not "a JSON object with ..."), so the names its table lists beside it are not the body's fields
but the query's."""
_PARAMETERS_HEADING = re.compile(r"\b(?:param(?:eter)?s|arguments|query strings?)\b", re.I)


def _under_parameters(section: Section) -> bool:
    """The path heading sits in a part whose heading names parameters ("Endpoint-Specific Parameters" over
    `` `/api/bounds` ``): there the path alone titles that route's parameters, not the route's own section."""
    return len(section.path) > 1 and _PARAMETERS_HEADING.search(section.path[-2]) is not None


def _coded_names(block: Block, endpoint: Endpoint, location: str) -> list[Param]:
    """The names a table whose header is not known lists, one in code opening each row, when the route already
    takes one of them."""
    rows = block.rows[1:] if block.header else ()
    matches = [_CODED_NAME.match(row[0]) if row else None for row in rows]
    if len(rows) < 2 or not all(m is not None and valid_name(m["name"]) for m in matches):
        return []
    names = [m["name"] for m in matches if m is not None]
    if not any(name == known for known, _ in endpoint.params for name in names):
        return []
    return [
        Param(name, location, block.where, None, description=row[1].strip() if len(row) > 1 else "", origin="table")
        for name, row in zip(names, rows, strict=True)
    ]


def route_titled_params(
    sections: list[Section],
    keys: list[list[tuple[str, str]]],
    endpoints: dict[tuple[str, str], Endpoint],
) -> Iterator[tuple[Endpoint, Param]]:
    """(endpoint, parameter) for each row of a table in a section that states no route of its own and whose
    heading names the path of one stated route."""
    for section, own in zip(sections, keys, strict=True):
        paths = set(_CODED_PATH.findall(section.title))
        words = _CODED_PATH.sub(" ", section.title)
        if own or len(paths) != 1 or not (re.search(r"[^\W\d_]", words) or _under_parameters(section)):
            continue
        location = context_location([words])
        if location == "response":
            continue
        if not location and any(_WHOLE_BODY.search(b.text) for b in section.blocks if b.kind == "text"):
            location = "query"  # "The POST body must be a GeoJSON feature object": the table's names are not its
        key = path_key(split_target(paths.pop()).path)
        routes = [endpoint for (_, path), endpoint in endpoints.items() if path == key]
        if len(routes) != 1:
            continue
        for block in (b for b in section.blocks if b.kind == "table"):
            if is_param_table(block):
                params = from_table(block, location or "")
            else:
                params = _coded_names(block, routes[0], location or "")
            for param in params:
                param.origin = param.origin or "table"
                yield routes[0], param


__all__ = ["route_titled_params"]
