"""A coded name whose default the prose of a route's own section states: "`fill_data` 默认关闭" (is off by
default), "`fill_data` defaults to `false`", "`fill_data` is off by default", in the section that opens with
`POST /api/v1/market/history`.

A default is what the server assumes when a caller leaves something out, so a name a route's section gives a
default is something the caller may send that route: an optional input of it (a body field of a request that
sends a body, else a query parameter). The name must open its sentence (clause) as its subject, in code, and the
predicate be its default ("默认" and what it is, "defaults to", "is ... by default"); a default the sentence
states of something else ("the format defaults to `json`", "`mode` of the server config") is not read, nor a
section that does not name the route (a configuration chapter after it: its keys have defaults too, but they are
not a request's)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from .endpoint import Endpoint
from .params import Param, valid_name

_DEFAULTED = re.compile(
    r"(?:^|(?<=[\u3002\uff1b;.!?]))\s*`(?P<name>[A-Za-z_][\w.-]*)`\s*"
    r"(?:默认(?:为|是|值为)?\s*(?:关闭|开启|打开|启用|禁用|`[^`]+`)"
    r"|defaults\s+to\b|is\s+(?:off|on|disabled|enabled|`[^`]+`)\s+by\s+default\b)"
)


def defaulted_fields(endpoints: Iterable[Endpoint], add: Callable[[Endpoint, Param], None]) -> None:
    """Give each route the names the sentences of its sections that name it state a default of."""
    for endpoint in endpoints:
        own = [
            s for s in endpoint.sections if endpoint.path in s.title or any(endpoint.path in b.text for b in s.blocks)
        ]
        for block in (b for s in own for b in s.blocks if b.kind == "text"):
            for match in _DEFAULTED.finditer(" ".join(block.text.split())):
                if valid_name(match["name"]) and "{" + match["name"] + "}" not in endpoint.path:
                    location = "body" if endpoint.has_body else "query"
                    add(endpoint, Param(match["name"], location, block.where, False, origin="prose"))
