"""What a route table's row and a route list's item say besides their route: a description cell that is the
operation's summary, the clauses of a "Returns" cell that describe the request, and an item that holds a
second route written like its own."""

from __future__ import annotations

import itertools
import re

from .field_columns import listed_field_cell

_SUMMARY_HEAD = re.compile(r"(?i)^\W*(?:description|summary|purpose|meaning|action|what it does|usage|notes?)\W*$")


def is_summary_head(head: str) -> bool:
    """A column header over cells that say what each row's operation does."""
    return bool(_SUMMARY_HEAD.search(head))


def summary_cell(cell: str) -> str:
    """A route table's description cell as an operation's summary: its first sentence, without markup."""
    text = re.sub(r"[`*_]+", "", cell).strip()
    first = re.split(r"(?<=[.!?])\s+", text, maxsplit=1)[0].rstrip(".")
    return first if 0 < len(first) <= 120 and not first.startswith(("{", "[")) else ""


_BOLD_ROUTE = re.compile(r"(\*\*|__)(?:GET|POST|PUT|PATCH|DELETE|HEAD)\1\s+`/")


def route_parts(item: str) -> list[str]:
    """An item that opens with a route written `**POST** `/embedding``, holding another route written the same
    way further on (a list item whose next bullet lost its dash): one part per route."""
    if not _BOLD_ROUTE.match(item.lstrip()):
        return [item]
    starts = [m.start() for m in _BOLD_ROUTE.finditer(item) if m.start() > 0 and item[m.start() - 1].isspace()]
    bounds = [0, *starts, len(item)]
    return [item[a:b].strip() for a, b in itertools.pairwise(bounds)]


def request_part(cell: str, head: str) -> str:
    """What a route table's cell says of the request: under a "Returns" column, only what comes before its arrow
    (`body `{...}` → wrapped, `data` = `{...}``), in the clauses that name a body, query or header."""
    if not re.search(r"(?i)\b(?:returns?|responses?|results?|output)\b", head):
        return cell
    before = re.split(r"→|->|=>", cell, maxsplit=1)[0]
    clauses = re.split(r";\s+", before)  # "body `{...}`; wrapped, `data` = `{...}`": the clauses that say so
    return "; ".join(c for c in clauses if re.search(r"(?i)\b(?:body|payload|query|header)\b", c))


_BODY_HEAD = re.compile(r"(?i)(?:request )?(?:body|payload|json body)")
_SKETCHED_KEY = re.compile(r"[{,]\s*[\"']?(?P<name>[A-Za-z_][\w.-]*)[\"']?(?P<optional>\?)?\s*:")


def body_cell_fields(cell: str, head: str) -> list[tuple[str, bool | None]]:
    """The top-level fields a route table's Body cell sketches (`` `{"clientId": "...", "scope"?: "..."}` ``),
    each with whether it is required: a key marked `?` is optional, and where the cell marks some so the others
    are required; unmarked, nothing is said. Several sketches (`` `{"token": ...}` or `{"refresh_token": ...}` ``)
    give the union of their fields."""
    if listed := listed_field_cell(cell, head):  # `year`, `month`, `dry_run` under "Body Fields"
        return listed
    if not _BODY_HEAD.fullmatch(head.strip("`*_ ")):
        return []
    fields: dict[str, bool] = {}
    for sketch in re.findall(r"`(\{[^`]*\})`|^\s*(\{.*\})\s*$", cell):
        text = next(s for s in sketch if s)
        depth = 0
        for index, char in enumerate(text):
            depth += {"{": 1, "[": 1, "}": -1, "]": -1}.get(char, 0)
            if depth == 1 and char in "{," and (key := _SKETCHED_KEY.match(text, index)) is not None:
                fields.setdefault(key["name"], bool(key["optional"]))
    marked = any(fields.values())
    return [(name, False if optional else (True if marked else None)) for name, optional in fields.items()]
