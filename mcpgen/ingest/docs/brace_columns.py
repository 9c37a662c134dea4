"""Request bodies a route table's Body column writes as brace shapes of bare field names, one shape a row:

    | Method | Endpoint            | Body                   | Description |
    | `POST` | `/jobs`             | `{url, wait_until?}`   | Start a job |
    | `POST` | `/jobs/{id}/cancel` | `{reason}`             | Cancel it   |
    | `POST` | `/batch`            | `{urls: [...]}`        | Many at once |

A cell under a column titled as the request (Body, Payload, Request, Input, JSON body) that holds nothing but a
brace shape is the object-literal shorthand for "a JSON object with these top-level fields", however few: one
name (`{reason}`) is as much a field as two. A name may carry a `: value` (`urls: [...]`, `filter: {a, b}`),
which gives its value and keeps it one field, however many braces or brackets the value holds.

A trailing `?` marks a field optional. The mark is a convention of the column rather than of one cell: where any
shape of the column marks names so, the names it leaves unmarked, in that cell or any other, are the fields a
request cannot go without (`{reason}` above is required because `{url, wait_until?}` shows that optional fields
are marked). Where no shape of the column carries the mark nothing is said of need. Quoted keys (`{"a": 1}`) are
a JSON example, which the rules that read examples read; `{}` is an empty body and gives nothing."""

from __future__ import annotations

import re
from collections.abc import Sequence

_BODY_HEAD = re.compile(r"(?i)(?:request|json)?\s*(?:body|payload|request|input)(?:\s+(?:fields|shape|json))?")
_WHOLE = re.compile(r"\s*`?\s*\{(?P<body>.*)\}\s*`?\s*", re.S)
_ENTRY = re.compile(r"\s*(?P<name>[A-Za-z_]\w*)\s*(?P<optional>\?)?\s*(?::(?P<value>.+))?", re.S)
_Field = tuple[str, bool | None]
_OPENS = {"{": "}", "[": "]", "(": ")"}


def brace_column_fields(cell: str, head: str, method: str, rows: Sequence[Sequence[str]]) -> list[_Field]:
    """(name, required) for each top-level field of the brace shape a Body-column `cell` of a `method` request
    holds, with need read from the `?` convention of the whole column (`rows`, the table, its header first; a
    table without a header has no head to match, so gives nothing)."""
    if method not in ("POST", "PUT", "PATCH") or not _BODY_HEAD.fullmatch(head.strip("`*_ ").lower()):
        return []
    shape = _shape(cell)
    if not shape:
        return []
    column = [i for i, title in enumerate(rows[0]) if title.strip() == head.strip()] if rows else []
    cells = [row[column[0]] for row in rows[1:] if column and column[0] < len(row)]
    marked = any(optional for other in cells for _, optional in _shape(other) or ())
    return [(name, False if optional else (True if marked else None)) for name, optional in shape]


def _shape(cell: str) -> list[tuple[str, bool]] | None:
    """The (name, marked optional) entries of a cell that is one brace shape of bare names, else None."""
    whole = _WHOLE.fullmatch(cell.replace("\\|", "|"))
    if whole is None or "`" in whole["body"]:
        return None
    return shape_entries(whole["body"])


def shape_entries(body: str) -> list[tuple[str, bool]] | None:
    """The (name, marked optional) entries of a brace shape's body of bare names (`a, b?, c: int`, `...` left out),
    else None."""
    entries = [e for e in _top_level(body) if e.strip() and e.strip() not in ("...", "…")]
    parsed = [_ENTRY.fullmatch(e) for e in entries]
    if not parsed or not all(parsed):
        return None
    return [(m["name"], bool(m["optional"])) for m in parsed if m]


def _top_level(body: str) -> list[str]:
    """The body split at the commas outside any nested brace, bracket or parenthesis."""
    parts, depth, start = [], [], 0
    for i, char in enumerate(body):
        if char in _OPENS:
            depth.append(_OPENS[char])
        elif depth and char == depth[-1]:
            depth.pop()
        elif char == "," and not depth:
            parts.append(body[start:i])
            start = i + 1
    parts.append(body[start:])
    return parts if not depth else []
