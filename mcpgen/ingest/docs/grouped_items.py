"""Parameters grouped under an item in words inside a parameter list: "Clipping rectangle (optional, but all four
fields must be defined)", then nested bullets `clippingRect[x]`, `clippingRect[y]`, ... The outer item names the
group, not a parameter; each nested bullet that is a coded name alone is one, in the list's location, optional when
the group says it is.

Read only in a list already read as parameters (`params.from_list` found some), and only under an item that has
no coded name of its own: nested items under a parameter are its values or its fields, which other rules read.
"""

from __future__ import annotations

import re

from .blocks import Block
from .mson_value_items import mson_facts
from .params import Param, valid_name

_CODED_NAME = re.compile(r"`(?P<name>[^`\s]+)`")
_OPTIONAL = re.compile(r"(?i)\boptional\b")


def grouped_names(block: Block, location: str) -> list[Param]:
    """The coded names nested, alone, under an item in words of a parameter list."""
    found: list[Param] = []
    group: str | None = None  # the text of the top-level item in words the names are nested under
    for term, item in mson_facts(list(block.items))[0]:  # (not the `+ Members` values of an API Blueprint parameter)
        text = item.strip()
        if not term:
            group = None if text.startswith("`") or _CODED_NAME.match(text) else text
            continue
        coded = _CODED_NAME.fullmatch(text)
        if group and coded and valid_name(coded["name"]) and not term.strip():
            required = False if _OPTIONAL.search(group) else None
            found.append(Param(coded["name"], location, block.where, required, origin="list"))
    return found


__all__ = ["grouped_names"]
