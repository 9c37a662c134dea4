"""A range a route table row's description writes in interval notation, in code:

    | Endpoint                 | What it answers                          |
    |--------------------------|------------------------------------------|
    | `GET /v1/calendar/range` | Does `[start, end)` contain a holiday?   |

The code span `[start, end)` is the half-open interval from `start` to `end`, written with the names of its two
ends: the request asks about a span the caller gives, so those two names are what the caller sends. A route read
without a body (GET, HEAD, DELETE) takes them in the query string, the only place such a request has for values
that are not in its path; whether they are needed the row does not say.

Read only where the whole code span is one interval of two plain names (`[a, b)`, `[a, b]`, `(a, b]`, `(a, b)`),
in a row that states one such request; numbers (`[0, 1)`), a list (`[a, b, c]`), a call (`f(a, b)`) or a name
already in the route's path are not inputs, and a row whose request sends a body is left to the readers of bodies.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .blocks import Section
from .endpoint import Endpoint
from .params import Param
from .requests import path_key, split_target

_LINE = re.compile(r"^`?(?P<method>GET|HEAD|DELETE)\s+(?P<path>/[^\s`]*)`?$")
_INTERVAL = re.compile(r"`[\[(]\s*(?P<low>[A-Za-z_]\w*)\s*,\s*(?P<high>[A-Za-z_]\w*)\s*[\])]`")


def interval_inputs(
    sections: list[Section], endpoints: dict[tuple[str, str], Endpoint]
) -> Iterator[tuple[Endpoint, Param]]:
    """(the row's request, each end of an interval its description cell writes in code) (see the module)."""
    for section in sections:
        for block in (b for b in section.blocks if b.kind == "table"):
            for row in block.body_rows:
                cells = [c.strip() for c in row]
                stated = next(((i, m) for i, c in enumerate(cells) if (m := _LINE.match(c)) is not None), None)
                if stated is None:
                    continue
                index, line = stated
                target = split_target(line["path"])
                endpoint = endpoints.get((line["method"], path_key(target.path)))
                if endpoint is None:
                    continue
                for cell in cells[index + 1 :]:
                    for interval in _INTERVAL.finditer(cell):
                        names = [interval["low"], interval["high"]]
                        if names[0] == names[1] or any(f"{{{name}}}" in target.path for name in names):
                            continue
                        yield from ((endpoint, Param(name, "query", block.where, origin="prose")) for name in names)
