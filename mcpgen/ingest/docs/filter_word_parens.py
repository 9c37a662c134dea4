"""A route table's read whose description cell names what it may be narrowed by as a coded name and the word
"filter", in parentheses:

    | GET | `/api/waivers` | List waivers (`project` filter — returns global and per-project ones) |
    | GET | `/api/comments` | List comments (`finding_id` or `issue_id` filter) |

"Filter" says what the coded name is: an input that narrows the list the read returns. A read (GET, HEAD) carries
it in its query, and a filter is an option: none is required. Names joined by "or", "and", a comma or a slash
before the word are each such a filter.

Read only where the shape is plain: the row states exactly one request, a read; the parenthesis opens with the
coded names (lower-case identifiers) and the word "filter" or "filters" right after them, and anything further is
set off by a dash, colon, semicolon or comma. A coded name with any other word ("(`project` scope)", "(see
`limit`)") or a write's row (its names describe a payload) gives nothing here; the lists of two names or more
with no word are read by `parenthesized_filters`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .blocks import Section
from .cell_shapes import row_request
from .endpoint import Endpoint
from .params import Param
from .requests import path_key, request_lines, split_target

_NAME = r"`[a-z_][a-z0-9_]*`|`[a-z][A-Za-z0-9]*`"
_FILTERS = re.compile(
    rf"\(\s*(?P<names>(?:{_NAME})(?:\s*(?:,|/|\bor\b|\band\b)\s*(?:{_NAME}))*)\s+filters?\b"
    r"\s*(?:[\u2014\u2013:;,]|\s-\s|\))"
)
_READS = {"GET", "HEAD"}


def filter_word_parens(
    sections: list[Section], endpoints: dict[tuple[str, str], Endpoint]
) -> Iterator[tuple[Endpoint, Param]]:
    """(the row's read, an optional query parameter) for each coded name called a filter in parentheses in a
    route table row (see the module)."""
    for section in sections:
        for block in (b for b in section.blocks if b.kind == "table"):
            for row in block.rows[1 if block.header else 0 :]:
                requests = request_lines(row_request(row))
                if len(requests) != 1 or requests[0][1] not in _READS:
                    continue
                endpoint = endpoints.get((requests[0][1], path_key(split_target(requests[0][2]).path)))
                if endpoint is None:
                    continue
                for cell in (c for c in row[1:] if not request_lines(c)):  # the cells beside the request
                    for match in _FILTERS.finditer(cell):
                        for name in re.findall(r"`([^`]+)`", match["names"]):
                            yield endpoint, Param(name, "query", block.where, required=False, origin="table")


__all__ = ["filter_word_parens"]
