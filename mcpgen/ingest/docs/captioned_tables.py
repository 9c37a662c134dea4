"""Query parameter tables each under a short caption naming one route by its last segment:

    ### Supported Queries

    [8.2.1 Position query](https://spec.example.org/#position)

    | Query    | Compliant | Comments                                                          |
    | -------- | --------- | ----------------------------------------------------------------- |
    | `coords` | yes       | Required for `GET`; for `POST` the points are read from the request body |
    | `z`      | yes       |                                                                   |
    | `method` | extension | Optional: controls data selection                                 |

A page whose routes differ in their last segment (`/{dataset_id}/edr/position`, `.../area`) may give each one's
parameters in a table under a caption of a few words that names it by that segment ("Position query"), not by its
path, and by the kind of thing the table lists ("query"). The table's rows are that route's parameters, for every
method it is stated with, in the query: its first column is headed "Query", the word the caption calls the route
by. A row's note says what differs between methods: "Required for `GET`"
makes it required on GET alone, "Optional" optional, and "for `POST` ... the request body" says it is not a query
parameter of the POST. Only rows naming one parameter in code (`coords`) are read: a repeated header, an empty or
`=======` row, a "`POST` body" row are no parameters. A caption's tables are those up to the next caption or
heading (a short note between, naming no route, keeps it). A table before any such caption, or one not headed
"Query", is left to the page's other rules; so is a caption naming several routes' segments.
"""

from __future__ import annotations

import re

from .blocks import Document, Where
from .params import Param, valid_name
from .requests import METHODS

_METHOD = "|".join(m.upper() for m in METHODS)
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_NAME = re.compile(r"`(?P<name>[A-Za-z_][\w.\-\[\]]*)`")
_REQUIRED_FOR = re.compile(rf"(?i)\brequired\b(?:\s+(?:for|on|with|in)\s+`?(?P<method>{_METHOD})\b`?)?")
_BODY_FOR = re.compile(rf"\bfor\s+`?(?P<method>{_METHOD})\b`?[^.;]*\b(?:request\s+)?body\b")


def _caption(text: str, segments: dict[str, list[tuple[str, str]]]) -> list[tuple[str, str]] | None:
    """The routes a caption of a few words names by their last segment; None for text that names none (a note
    between the caption and its tables, which keeps the caption's scope)."""
    words = re.findall(r"[A-Za-z][\w-]*", _LINK.sub(r"\1", text))
    if not words or len(words) > 6 or "\n" in text.strip():
        return None
    named = {w.lower() for w in words} & segments.keys()
    return segments[named.pop()] if len(named) == 1 else None


def _kind_of(head: str, caption: str) -> bool:
    """A table headed "Query" under a caption calling its route a query ("Position query")."""
    return head.strip().lower() == "query" and re.search(r"\bquer(?:y|ies)\b", caption) is not None


def captioned_tables(doc: Document, routes: dict[tuple[str, str], object]) -> list[tuple[tuple[str, str], Param]]:
    """((method, path key), a query parameter) for each row of a table under a caption naming its route (see the
    module docstring)."""
    segments: dict[str, list[tuple[str, str]]] = {}
    for method, path in routes:
        last = path.rstrip("/").rsplit("/", 1)[-1]
        if re.fullmatch(r"[A-Za-z][\w-]*", last):
            segments.setdefault(last.lower(), []).append((method, path))
    found: list[tuple[tuple[str, str], Param]] = []
    for section in doc.sections:
        named: list[tuple[str, str]] = []
        said = ""
        for block in section.blocks:
            if block.kind == "text" and (caption := _caption(block.text, segments)) is not None:
                named, said = caption, block.text.lower()
            elif block.kind == "table" and named and block.rows and _kind_of(block.rows[0][0], said):
                found.extend(_rows(block.rows[1:], named, block.where))
    return found


def _rows(
    rows: tuple[tuple[str, ...], ...], named: list[tuple[str, str]], where: Where
) -> list[tuple[tuple[str, str], Param]]:
    """The parameters of a captioned table's `rows` (its header left out), for each of the `named` routes."""
    found = []
    for row in rows:
        name = _NAME.fullmatch(row[0].strip()) if row else None
        if name is None or not valid_name(name["name"]):
            continue
        note = " ".join(row[1:])
        required = _REQUIRED_FOR.search(note)
        in_body = {m["method"].upper() for m in _BODY_FOR.finditer(note)}
        for key in named:
            if key[0] in in_body:
                continue
            flag = None
            if required and (not required["method"] or required["method"].upper() == key[0]):
                flag = True
            elif re.match(r"(?i)\W*optional\b", note.strip()):
                flag = False
            found.append((key, Param(name["name"], "query", where, flag, description=note.strip(), origin="table")))
    return found
