"""Coded names a route table row's description says the caller supplies:

    | Endpoint                              | What it answers                                        |
    |---------------------------------------|--------------------------------------------------------|
    | `POST /v1/reports/build`              | A report from any `start_rule`/`end_rule` you supply   |
    | `GET`/`POST /v1/reports/year(/build)` | The default year, or one from the `rules` you provide  |

"`x`/`y` you supply" (also "you provide", "you pass", "you send", "you give") names what the caller hands the
request: fields of its body. A row stating one request with a body (POST, PUT, PATCH) gives them to it; a row
stating two methods over an optional literal segment (`optional_literal_segments.py`: GET on the short path, POST on
the long one) gives them to its one request with a body, the other reading the default the row names. The row
states them as choices the caller may make, so they are not required.

A row may also name a field by a setting of it the request "supports" (or "accepts"), a coded `name: value` pair
with a literal value: "OpenAI chat completions (supports `stream: true`)" says the body may carry `stream`.

Only coded names directly before "you supply" (several joined by `/`, `,`, "or", "and"), and only where the row
states exactly one request that sends a body: a GET row's "the `id` you pass" is left to the readers of queries.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .blocks import Section
from .endpoint import Endpoint
from .params import Param
from .requests import path_key

_BODIED = ("POST", "PUT", "PATCH")
_METHODS = re.compile(r"\b(GET|HEAD|POST|PUT|PATCH|DELETE)\b")
_PATH = re.compile(r"(?<![\w/])(?P<path>/[^\s`|/][^\s`|]*)")
_OPTIONAL = re.compile(r"^(?P<head>/[^()\[\]{}<>]*?)/?[(\[](?P<tail>(?:/[A-Za-z][\w.-]*)+)[)\]]?/?$")
_SUPPLIED = re.compile(
    r"(?P<names>`[A-Za-z_]\w*`(?:\s*(?:/|,|\bor\b|\band\b)\s*`[A-Za-z_]\w*`)*)\s+you\s+(?:supply|provide|pass|send|give)\b"
)

_SUPPORTED = re.compile(
    r"\b(?:supports?|accepts?)\s+`(?P<name>[A-Za-z_]\w*)\s*:\s*(?:true|false|null|-?\d+(?:\.\d+)?|\"[^\"`]*\")`"
)


def _bodied_request(cell: str) -> tuple[str, str] | None:
    """(METHOD, path) of the one request with a body the cell states, else None."""
    methods = _METHODS.findall(cell)
    paths = _PATH.findall(cell)
    if not methods or len(paths) != 1 or len(methods) > 2:
        return None
    bodied = [m for m in methods if m in _BODIED]
    if len(bodied) != 1:
        return None
    path = paths[0]
    optional = _OPTIONAL.match(path)
    if optional is None:
        return (bodied[0], path) if len(methods) == 1 else None
    short = optional["head"].rstrip("/") or "/"
    return bodied[0], short if len(methods) == 1 else short.rstrip("/") + optional["tail"]


def row_supplied_fields(
    sections: list[Section], endpoints: dict[tuple[str, str], Endpoint]
) -> Iterator[tuple[Endpoint, Param]]:
    """(the row's request with a body, each coded name its description says the caller supplies)."""
    for section in sections:
        for block in (b for b in section.blocks if b.kind == "table"):
            for row in block.body_rows:
                cells = [c.strip() for c in row]
                stated = next(((i, r) for i, c in enumerate(cells) if (r := _bodied_request(c)) is not None), None)
                if stated is None:
                    continue
                index, (method, path) = stated
                endpoint = endpoints.get((method, path_key(path)))
                if endpoint is None:
                    continue
                for cell in cells[index + 1 :]:
                    for supplied in _SUPPLIED.finditer(cell):
                        for name in re.findall(r"`([A-Za-z_]\w*)`", supplied["names"]):
                            yield endpoint, Param(name, "body", block.where, False, origin="prose")
                    for supported in _SUPPORTED.finditer(cell):  # "(supports `stream: true`)"
                        yield endpoint, Param(supported["name"], "body", block.where, False, origin="prose")
