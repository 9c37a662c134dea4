"""Parameters a page states one heading each, under the section that lists its routes:

    ## API Description
    The main entry point is '/' ... Additional entry points are
    * /texvcinfo ...
    * /svg only SVG
    #### q (input to be converted)
    * required parameter
    #### type (the input type)
    * optional

A heading that is a name alone (a bracketed gloss may follow it), whose first lines say what a parameter is
("required parameter", "optional", "default ..."), names a parameter of every route the section above it
lists, when that section describes no single route of its own."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .blocks import Section
from .endpoint import Endpoint
from .params import Param, required_from, valid_name

_NAME_HEADING = re.compile(r"^[`*]*(?P<name>[A-Za-z_$][\w.$-]*)[`*]*(?:\s*\([^()]*\))?$")
_SAYS_PARAMETER = re.compile(r"(?i)^\W*(?:(?:required|optional|mandatory)\b(?:\s+param(?:eter)?)?|default(?:s|ed)?\b)")


def heading_params(
    sections: list[Section],
    keys: list[list[tuple[str, str]]],
    owners: list[tuple[str, str] | None],
    endpoints: dict[tuple[str, str], Endpoint],
) -> Iterator[tuple[Endpoint, Param]]:
    """(endpoint, parameter) for each parameter heading and each route its listing section names."""
    for index, section in enumerate(sections):
        match = _NAME_HEADING.match(section.title.strip())
        lines = [t for b in section.blocks[:2] for t in ([d for _, d in b.items] if b.kind == "list" else [b.text])]
        if match is None or not valid_name(match["name"]) or not any(_SAYS_PARAMETER.match(t) for t in lines[:3]):
            continue
        parent = next(
            (
                i
                for i in range(index - 1, -1, -1)
                if sections[i].path == section.path[: len(sections[i].path)]
                and len(sections[i].path) < len(section.path)
                and keys[i]
            ),
            None,
        )
        if parent is None or owners[parent] is not None:
            continue
        required = next((r for r in map(required_from, lines[:3]) if r is not None), None)
        for key in dict.fromkeys(keys[parent]):
            if key in endpoints:
                yield endpoints[key], Param(match["name"], "", section.where, required, origin="heading")
