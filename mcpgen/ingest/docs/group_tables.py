"""A parameter table right after an endpoint table, in the same section: the parameters of that group of routes.

    ## Archive Endpoints
    | Endpoint                  | Method | Description          |
    | `/api/archive/info`       | GET    | Describe the archive |
    | `/api/archive/thumb.png`  | GET    | A small picture      |

    | Parameter | Description                                                  |
    | `source`  | **Required.** The archive to read.                           |
    | `size`    | Largest side in pixels. Applies to `/api/archive/thumb.png` only. |

A section that lists several routes in a table, then (before any other heading or endpoint table) a table of
names and descriptions, states what those routes take: each row goes to every route of the table above it. A row
whose description limits it to routes it writes in code ("Applies to `/x` only", "only for `/x`") goes to those of
the group alone. Where each name goes (query, body) is settled by the route's method, as for any table that does not
say. A table before the endpoint table, after another kind of block that states a route, or after a sentence
about what the routes answer ("The response holds these fields:"), is not read so; nor is a section that a single
route owns (its tables are that route's already).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from .blocks import Section
from .endpoint import Endpoint
from .mention import Mention, endpoint_key
from .params import Param, context_location, from_table, is_param_table
from .requests import path_key, split_target

_CODED_PATH = re.compile(r"`+(/[^`\s]*)`+")
_ONLY = re.compile(r"(?i)\b(?:applies\s+(?:only\s+)?to|only\s+(?:for|with|on|applies\s+to))\b|\bonly\b\s*[.)]?\s*$")


def group_table_params(
    sections: list[Section],
    mentions: list[list[Mention]],
    owners: list[tuple[str, str] | None],
    endpoints: dict[tuple[str, str], Endpoint],
) -> Iterator[tuple[Endpoint, Param]]:
    """(endpoint, parameter) for each row of a parameter table that follows an endpoint table of several routes
    in a section no single route owns."""
    for section, found, owner in zip(sections, mentions, owners, strict=True):
        if owner is not None:
            continue
        group: list[Endpoint] = []
        for block in section.blocks:
            rows = [m for m in found if m.kind == "table" and m.where == block.where]
            if block.kind == "table" and rows:
                group = [endpoints[k] for k in dict.fromkeys(endpoint_key(m) for m in rows) if k in endpoints]
                continue
            if any(m.where == block.where for m in found):
                group = []  # another statement of routes: the table after it is not the group's
                continue
            if block.kind == "text" and context_location([block.text]) == "response":
                group = []  # "The response holds these fields:": the table after it is what comes back
                continue
            if block.kind != "table" or len(group) < 2 or not is_param_table(block):
                continue
            for param in from_table(block, ""):
                for endpoint in _scope(param.description, group):
                    yield endpoint, replace(param)


def _scope(description: str, group: list[Endpoint]) -> list[Endpoint]:
    """The routes of `group` a row goes to: those its description limits it to, else all of them."""
    if not _ONLY.search(description):
        return group
    named = {path_key(split_target(path).path) for path in _CODED_PATH.findall(description)}
    limited = [e for e in group if path_key(e.path) in named]
    return limited or group
