"""Names a page documents as its library's options, in a section of their own that belongs to no route:

    ### `expressWebService( [options] )`
    ...
    #### Good to go (`/__gtg`)
    Always returns `200 OK` unless a `goodToGoTest` option is specified.

    ### Options
    - `goodToGoTest`: (Optional) A function that can be used to indicate the good to go status ...

A README of a package that installs routes (middleware) describes the options object its function takes in a
section titled "Options" that states no request and is no route's part. A route's sentence naming one of those
("unless a `goodToGoTest` option is specified") says how the route behaves when the package is configured so: the
name is set in code, not sent with a request, so it is no parameter of the route. Only the coded names the items of
such a section open with are known so; a route whose own section lists an option keeps it, and prose naming any
other option is read as before.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .blocks import Section
    from .mention import Mention

_TITLE = re.compile(r"(?i)^\W*(?:(?:available|configuration|config|setup)\s+)?options\W*$")
_ITEM_NAME = re.compile(r"^\s*`(?P<name>[A-Za-z_$][\w$]*)`\s*[:\u2013\u2014-]")


def library_options(
    sections: list[Section], mentions: list[list[Mention]], owners: list[tuple[str, str] | None]
) -> frozenset[str]:
    """The coded names listed in the page's "Options" sections that state no request and belong to no route."""
    names: set[str] = set()
    for section, found, owner in zip(sections, mentions, owners, strict=True):
        if owner is not None or found or not _TITLE.match(section.title):
            continue
        for block in (b for b in section.blocks if b.kind == "list"):
            for term, text in block.items:
                match = _ITEM_NAME.match(f"`{term}`: {text}" if term else text)
                if match:
                    names.add(match["name"])
    return frozenset(names)
