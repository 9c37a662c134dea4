"""Field tables of a request that sends no body, describing a JSON object member by member, are its answer:

    #### `GET /v1/capabilities`

    Returns capability metadata. Top-level fields:

    | Field    | Type     | Notes                  |
    | `model`  | `object` | Loaded model metadata  |
    | `limits` | `object` | Size limits            |

    | Field              | Type      |
    | `model.name`       | `string`  |
    | `limits.max_width` | `integer` |

A row typed `object` whose members the document lists under dotted names (`model.name`) is a JSON object, and a
GET (or DELETE, HEAD) sends none: no query string holds an object with members. Read as before, every row became
a query parameter of the GET, each a tool argument the API does not take. Read only where the document does not
place the rows (no "query" or "parameters" location stated) and only where that evidence is there: some
unplaced row typed `object` and a dotted row under it. Then the tables that hold an `object` row or a member of
one are the answer's; a table of plain names beside them (filters, `?limit=`) is left as it was, and so is a
dotted query name with no object row above it (`filter.names=...`, a name the URL sends)."""

from __future__ import annotations

from .endpoint import Endpoint
from .params import Param

_LISTED = ("table", "list", "definition list")


def answered_object_tables(endpoint: Endpoint, params: list[Param]) -> list[Param]:
    """`params` without the unplaced rows of a bodyless `endpoint`'s tables that describe a JSON object."""
    if endpoint.has_body:
        return params
    rows = [p for p in params if not p.location and p.origin in _LISTED and "{" + p.name + "}" not in endpoint.path]
    objects = {p.name for p in rows if p.type == "object"}
    members = [p for p in rows if "." in p.name and p.name.split(".", 1)[0].removesuffix("[]") in objects]
    if not members:
        return params
    tables = {p.where for p in rows if p.type == "object"} | {p.where for p in members}
    answer = {id(p) for p in rows if p.where in tables}
    return [p for p in params if id(p) not in answer]
