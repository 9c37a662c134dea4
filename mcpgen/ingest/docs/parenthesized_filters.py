"""A route table whose description cell names a read's inputs in parentheses, in code:

    | Method | Path | Purpose |
    |---|---|---|
    | GET | `/v1/jobs` | list jobs (`status`, `name`, `limit`, `created_before` cursor) |
    | GET | `/v1/jobs/{id}/events` | event history (`after_id`, `limit`) |

A terse route table says what a read may be narrowed by right after what it gives, as a parenthesised list of the
names the request takes ("list jobs (filters: `status`, `name`)"), each name in code and perhaps followed by a word
that says what it is ("`created_before` cursor"). A read (GET, HEAD) carries such inputs in its query, and a list
of narrowing names is a list of options: none is required.

Read only where the shape is plain: the row states exactly one request, a read, and the parentheses hold two
names or more, each in code as a lower-case identifier (a parameter name, not a type such as `TaskResult`), joined
by commas and nothing else but up to two plain words after a name. A single name in parentheses ("(`?token=`)",
"(see `limits`)") and a list with a verb or other text ("(returns `id`, `name`)") say something else and are left;
so are the rows of a write, whose parenthesised names describe its payload, not its query.

A single name is read when the word "filter" says what it is, right after the coded names:

    | GET | `/api/waivers` | List waivers (`project` filter — returns global and per-project ones) |
    | GET | `/api/comments` | List comments (`finding_id` or `issue_id` filter) |

Names joined by "or", "and", a comma or a slash before "filter(s)" are each one; anything further in the
parenthesis is set off by a dash, colon, semicolon or comma. A coded name with any other word ("(`project`
scope)") gives nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .blocks import Section
from .cell_shapes import row_request
from .endpoint import Endpoint
from .params import Param
from .requests import path_key, request_lines, split_target

_ITEM = r"`(?P<name>[a-z_][a-z0-9_]*|[a-z][A-Za-z0-9]*)`(?:\s+[a-z]+){0,2}"
_PARENS = re.compile(r"\((?:(?:filters?|params?|parameters|query)\s*:\s*)?(?P<items>[^()]*)\)")
_ONE = re.compile(rf"^\s*{_ITEM}\s*$")
_NAME = r"`[a-z_][a-z0-9_]*`|`[a-z][A-Za-z0-9]*`"
_FILTERS = re.compile(
    rf"\(\s*(?P<names>(?:{_NAME})(?:\s*(?:,|/|\bor\b|\band\b)\s*(?:{_NAME}))*)\s+filters?\b"
    r"\s*(?:[\u2014\u2013:;,]|\s-\s|\))"
)
_READS = {"GET", "HEAD"}
_CODED = re.compile(r"`([^`]+)`")


def parenthesized_filters(
    sections: list[Section], endpoints: dict[tuple[str, str], Endpoint]
) -> Iterator[tuple[Endpoint, Param]]:
    """(the row's read, an optional query parameter) for each name of a parenthesised list of coded names in a
    route table row (see the module)."""
    for section in sections:
        for block in (b for b in section.blocks if b.kind == "table"):
            for row in block.body_rows:
                requests = request_lines(row_request(row))
                if len(requests) != 1 or requests[0][1] not in _READS:
                    continue
                _, method, raw = requests[0]
                endpoint = endpoints.get((method, path_key(split_target(raw).path)))
                if endpoint is None:
                    continue
                for cell in (c for c in row[1:] if not request_lines(c)):  # the cells beside the request
                    filters = [n for m in _FILTERS.finditer(cell) for n in _CODED.findall(m["names"])]
                    for name in _listed(cell) + filters:
                        yield endpoint, Param(name, "query", block.where, required=False, origin="table")


def _listed(cell: str) -> list[str]:
    """The names of each parenthesised list of two coded names or more in `cell`."""
    names = []
    for parens in _PARENS.finditer(cell):
        items = [_ONE.match(item) for item in parens["items"].split(",")]
        if len(items) >= 2 and all(items):
            names.extend(item["name"] for item in items if item is not None)
    return names


__all__ = ["parenthesized_filters"]
