"""A heading that states one method and several routes joined by `&`, "and" or commas (`### GET /pen.up &
/pen.down`, `GET /move.right/:amount and /move.left/:amount`): the method applies to each route, as if written
before each one; what the heading heads describes each of them (`layouts.one_section_per_titled_request`)."""

from __future__ import annotations

import re
from dataclasses import replace

from .blocks import Document
from .requests import METHODS

_ROUTE = r"[`*_]*/[^\s`*&,]*[`*_]*"
_SEPARATOR = r"\s*(?:&|,|\band\b)\s*"
_TITLE = re.compile(
    rf"(?P<lead>[`*_]*)(?P<method>{'|'.join(METHODS)})[`*_]*\s+(?P<routes>{_ROUTE}(?:{_SEPARATOR}{_ROUTE})+)\s*"
)


def method_before_each_route(doc: Document) -> Document:
    """`doc` with each heading of one method over several joined routes written as one request line per route
    (`GET /pen.up & GET /pen.down`); a heading whose joined parts are not all paths is left as it is."""
    sections = []
    for section in doc.sections:
        match = _TITLE.fullmatch(section.title.strip())
        if match is None:
            sections.append(section)
            continue
        routes = [r.strip("`*_") for r in re.split(_SEPARATOR, match["routes"])]
        title = " & ".join(f"{match['method']} {route}" for route in routes)
        sections.append(replace(section, title=title, path=(*section.path[:-1], title)))
    return replace(doc, sections=sections)
