"""A parameter table whose lead-in line names the route it belongs to, in a section that states several routes:

    | Method | Path | Description |
    | GET | `/items/{id}` | One item |
    | POST | `/events` | Send events |

    Query parameters for `/items/{id}`:

    | Param | Default | Description |
    | `limit` | 10 | Rows to return |

The paragraph just above the table ends in a colon, says it introduces parameters (and where they go: "Query
parameters"), and writes one path in code: the path of exactly one stated route. The table is that route's
parameters, though the section belongs to no single route (`route_titled_tables.py` reads the same when a heading
names the path). Where the section was read as another route's (the one named last before it), or its table given to
each route it states, the table is taken from them: the lead-in says whose it is. A lead-in about what comes back
("Response fields for `/items/{id}`:"), one naming no path, or a path two routes share (`GET` and `DELETE
/items/{id}`) gives nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .blocks import Section
from .endpoint import Endpoint
from .params import Param, context_location, from_table, is_param_table
from .requests import path_key, split_target

_CODED_PATH = re.compile(r"`(?:[A-Z]+\s+)?(/[^`\s]*)`")
_PARAMETERS = re.compile(r"(?i)\b(?:param(?:eter)?s?|arguments?|query\s+strings?|fields?|options?)\b")


def route_lead_in_params(
    sections: list[Section], endpoints: dict[tuple[str, str], Endpoint]
) -> Iterator[tuple[Endpoint, Param]]:
    """(endpoint, parameter) for each row of a parameter table whose lead-in line names one stated route's path,
    once the other routes are rid of what they took from the table."""
    for section in sections:
        for before, block in zip(section.blocks, section.blocks[1:], strict=False):
            if before.kind != "text" or not is_param_table(block):
                continue
            text = " ".join(before.text.split())
            paths = set(_CODED_PATH.findall(text))
            if not text.endswith(":") or len(paths) != 1 or not _PARAMETERS.search(_CODED_PATH.sub(" ", text)):
                continue
            location = context_location([text])
            if location == "response" or location is None:
                continue
            key = path_key(split_target(paths.pop()).path)
            routes = [endpoint for (_, path), endpoint in endpoints.items() if path == key]
            if len(routes) != 1:
                continue
            for endpoint in endpoints.values():  # the section's routes read it first, each as its own
                for name in [n for n, p in endpoint.params.items() if p.where == block.where]:
                    del endpoint.params[name]
            for param in from_table(block, location):
                param.origin = param.origin or "table"
                yield routes[0], param


__all__ = ["route_lead_in_params"]
