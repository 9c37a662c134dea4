"""Parameters an endpoint table's description cell names in a compact notation of its own, rather than in a
parameter table: a table row `POST | /jobs | Start a job `{sql, params, fmt: json|arrow}`` or
`GET | /items | List: status/owner filters + `q` keyword`.

Three notations are read, each a structure a reader of any such table recognises:

- A brace shape of bare field names in code (`` `{action, note?, handler?}` ``) in the cell of a request that
  carries a body (POST, PUT, PATCH): the object-literal shorthand for "a JSON object with these fields". A name
  may carry a `: value` that gives its allowed values (`fmt: json|arrow`) and a trailing `?` that marks it
  optional; where some names are so marked the unmarked ones are the fields the request cannot go without, and
  where none is marked nothing is said. A shape after an arrow or "returns" describes what comes back. The
  names may be quoted where a key carries the `?` mark (`` `{"target": str|null, "id"?: str}` ``): a key marked
  optional is TypeScript's notation for a type's shape, which no JSON example uses, so the braces state the
  fields (`str|null` says the value may be null, not that the key may be left out); quoted keys with no mark
  are a JSON example, which the rules that read examples read.
- A body label with the word optional before code names (`body optional `department``, in Chinese `body 可选`):
  the named fields (a `name=value` example gives the name) are optional body fields.
- A slash-separated run of lower-case names before a filter word (`status/department filters`, Chinese 筛选 or
  过滤) in the cell of a GET: the query filters of a listing, `name(_suffix)` writing the one filter
  `name_suffix`; a code name joined to the run by "+" (`+ `q` keyword`) is a further query parameter."""

from __future__ import annotations

import re

from .key_lists import key_list_fields
from .requests import request_lines

_SHAPE = re.compile(r"`\{(?P<body>[^{}`]*)\}`")
_ANSWERED = re.compile(r"(?i)(?:→|->|=>|\breturns?|\b(?:response|reply)(?:\s+body)?|返回|响应)\s*[:\uff1a]?\s*$")
"""What stands before a shape of what comes back: an arrow, "returns", "response"."""
_ENTRY = re.compile(r"\s*(?P<quote>[\"']?)(?P<name>[A-Za-z_]\w*)(?P=quote)\s*(?P<optional>\?)?\s*(?::[^,]*)?\s*")
_OPTIONAL_BODY = re.compile(
    r"(?i)\b(?:request\s+)?body\s*(?:可选|optional(?:ly)?)\s*[:\uff1a]?\s*(?P<names>`[A-Za-z_]\w*(?:=[^`]*)?`"
    r"(?:\s*(?:[,、/]|and|或|和)\s*`[A-Za-z_]\w*(?:=[^`]*)?`)*)"
)
_FILTER_RUN = re.compile(
    r"(?<![\w/.`])(?P<run>[a-z_][a-z0-9_]*(?:\(_[a-z0-9_]+\))?(?:/[a-z_][a-z0-9_]*(?:\(_[a-z0-9_]+\))?)+)"
    r"\s*(?:筛选|过滤|filters?\b|filtering\b)(?P<more>(?:\s*\+\s*`[A-Za-z_]\w*`)*)"
)


def cell_params(cell: str, method: str) -> list[tuple[str, str, bool | None]]:
    """(name, location, required) for each parameter a description cell of a `method` request names so."""
    found: dict[tuple[str, str], bool | None] = {}
    if method in ("POST", "PUT", "PATCH"):
        for name, required in _shape_fields(cell):
            found.setdefault((name, "body"), required)
        for name in key_list_fields(cell):  # `: {"code", "reasons"}`, `{"answers": ...}`: the body's keys alone
            found.setdefault((name, "body"), None)
        for match in _OPTIONAL_BODY.finditer(cell):
            for name in re.findall(r"`([A-Za-z_]\w*)", match["names"]):
                found.setdefault((name, "body"), False)
    if method == "GET":
        for match in _FILTER_RUN.finditer(cell):
            for item in match["run"].split("/"):
                found.setdefault((re.sub(r"\((_\w+)\)", r"\1", item), "query"), False)
            for name in re.findall(r"`([A-Za-z_]\w*)`", match["more"]):
                found.setdefault((name, "query"), False)
    return [(name, where, required) for (name, where), required in found.items()]


def _shape_fields(cell: str) -> list[tuple[str, bool | None]]:
    """The fields of every brace shape of bare (or, with a `?` mark among them, quoted) names in the cell; a shape
    with any other entry (a nested object) or quoted keys alone is a sketch other rules read."""
    fields: dict[str, bool] = {}
    text = cell.replace("\\|", "|")
    for match in _SHAPE.finditer(text):
        if _ANSWERED.search(text[: match.start()]):
            continue
        entries = [e for e in match["body"].split(",") if e.strip() and e.strip() not in ("...", "…")]
        parsed = [_ENTRY.fullmatch(e) for e in entries]
        if len(parsed) < 2 or not all(parsed):
            continue
        if any(e["quote"] for e in parsed if e) and not any(e["optional"] for e in parsed if e):
            continue  # `{"a": 1, "b": 2}`: a JSON example; with a `?` on a key it is a type's shape
        for entry in parsed:
            fields.setdefault(entry["name"], bool(entry["optional"]))
    marked = any(fields.values())
    return [(name, False if optional else (True if marked else None)) for name, optional in fields.items()]


def row_request(cells: tuple[str, ...]) -> str:
    """The request line of a table row's first two cells, method first: `PUT | /api/settings` as it stands, and a
    path-first row (`/v1/query | POST`, under a header such as "Endpoint | Method") turned round, so that the
    row's other cells describe the request either way."""
    stripped = [c.strip("`* ") for c in cells[:2]]
    if len(stripped) == 2 and stripped[0].startswith("/") and re.fullmatch(r"GET|POST|PUT|PATCH|DELETE", stripped[1]):
        return f"{stripped[1]} {stripped[0]}"
    return " ".join(stripped)


def paired_request_at(cells: tuple[str, ...]) -> int:
    """Where a table row's method cell and path cell stand side by side: 0 for a row that opens with them, else the
    first pair of cells after that which makes a request line (`Listing data | GET | /items | Nothing`, a row that
    names its task first), 0 when none does."""
    for at in range(len(cells) - 1):
        if request_lines(row_request(cells[at : at + 2])):
            return at
    return 0
