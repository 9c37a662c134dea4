"""A field table row that stands for another route's whole field list: "| all currently supported `txt2img` fields |
same as above | Reused |", "| all `create` parameters | | as for create |". The first cell says "all" of the
fields (parameters, arguments, options) of a coded name, and that name is the last segment of another route of the
page (`/sdapi/v1/txt2img`): the table takes every body and query field of that route, each as that route states
it (its required flag too), beside its own rows, which win where both name a field. A row naming something that is
no route's last segment (`all `options` fields`, a config object) gives nothing."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import replace

from .endpoint import Endpoint
from .params import Param

_ALL_OF = re.compile(
    r"^\s*all\b[^`|]{0,40}`(?P<name>[A-Za-z_][\w.-]*)`[^`|]{0,20}\b(?:fields|parameters|params|arguments|options)\b",
    re.I,
)


def _last_segment(path: str) -> str:
    return path.rstrip("/").rsplit("/", 1)[-1]


def reused_rows(endpoints: Iterable[Endpoint], add: Callable[[Endpoint, Param], None]) -> None:
    """Give each route whose field table has an "all `name` fields" row the fields of the one other route whose
    path ends in `name`."""
    endpoints = list(endpoints)
    for endpoint in endpoints:
        for name in _named_rows(endpoint):
            sources = [e for e in endpoints if e is not endpoint and _last_segment(e.path) == name]
            if len(sources) != 1:
                continue
            for (field, location), param in list(sources[0].params.items()):
                if location in ("body", "query") and (field, location) not in endpoint.params:
                    add(endpoint, replace(param))


def _named_rows(endpoint: Endpoint) -> list[str]:
    names: list[str] = []
    for section in endpoint.sections:
        for block in section.blocks:
            if block.kind != "table":
                continue
            for row in block.body_rows:
                match = _ALL_OF.match(row[0]) if row else None
                if match and match["name"] not in names:
                    names.append(match["name"])
    return names
