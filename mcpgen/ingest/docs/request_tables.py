"""A parameter table right after a request line (or a sentence naming one request and leading into it), in a
section that describes several routes.

A page states one request in a code block of its own (```` ```http ```` `POST /predict/{family}/{variant}`,
perhaps with header lines under it) and lists that request's parameters in the table right after it, in a section
that also shows other routes (curl examples of a sibling route, a sentence naming the other endpoints), so the
section is no one endpoint's. The table is the request's all the same. A row without a location takes the one
the examples give it (`-F file=@...`: body), else the one the examples give most of the table's other rows
(`?text=...&box=...`: query).
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from .params import Param, from_table, is_param_table
from .requests import path_key, request_lines, split_target

if TYPE_CHECKING:
    from .blocks import Block, Section
    from .endpoint import Endpoint

_HEADER_LINE = re.compile(r"[A-Za-z][\w-]*:\s*\S.*")


def _request_of(block: Block, endpoints: dict[tuple[str, str], Endpoint]) -> Endpoint | None:
    """The endpoint a code block states alone (its first line a request line, the rest header lines), or the one
    request a sentence leading into the table names ("The mock API at `PUT /mock/aauth` switches ...:")."""
    if block.kind == "text" and block.text.rstrip().endswith(":") and len(found := request_lines(block.text)) == 1:
        _, method, raw = found[0]
        return endpoints.get((method, path_key(split_target(raw).path)))
    lines = [line.strip() for line in block.text.strip().splitlines()]
    if block.kind != "code" or not lines or not all(_HEADER_LINE.fullmatch(line) for line in lines[1:]):
        return None
    found = request_lines(lines[0])
    if len(found) != 1 or not lines[0].startswith(found[0][1]):
        return None
    _, method, raw = found[0]
    return endpoints.get((method, path_key(split_target(raw).path)))


def tables_after_requests(
    section: Section, endpoints: dict[tuple[str, str], Endpoint], question_convention: bool
) -> list[tuple[Endpoint, Param]]:
    """(endpoint, parameter) for each row of a parameter table right after a block stating that endpoint's
    request alone (see the module's description)."""
    found: list[tuple[Endpoint, Param]] = []
    for before, block in zip(section.blocks, section.blocks[1:], strict=False):
        endpoint = _request_of(before, endpoints) if block.kind == "table" and is_param_table(block) else None
        if endpoint is None:
            continue
        rows = from_table(block, "", question_convention=question_convention)
        shown = {name: location for name, location in endpoint.params if location not in ("", "path")}
        kinds = Counter(shown[p.name] for p in rows if not p.location and p.name in shown)
        usual = kinds.most_common(1)[0][0] if kinds and kinds.most_common(1)[0][1] * 2 > sum(kinds.values()) else ""
        for param in rows:
            if not param.location:
                param.location = shown.get(param.name, usual)
            param.origin = param.origin or "table"
            found.append((endpoint, param))
    return found
