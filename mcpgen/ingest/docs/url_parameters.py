"""A heading "URL parameters" under an operation's heading, over a list of names none of which is a placeholder of
the operation's path:

    GET /{bucket}
    =============
    List of available URL parameters
    --------------------------------
    - ``_sort``: order list
    - ``_limit``: pagination max size

A URL carries parameters in its path or in its query string. "URL parameters" usually means the path's (so the
label is read as path), but names the path template does not hold cannot go there: they are the query string's.
The heading is written so ("query parameters"), where every listed name is missing from the path; a list naming
some placeholder of the path is left as it is (the label means the path's, or mixes both)."""

from __future__ import annotations

import re
from dataclasses import replace

from .blocks import Document, Section
from .requests import request_lines, split_target

_URL_PARAMS = re.compile(r"(?i)\burl\s+param(?:eter)?s?\b")
_NAME = re.compile(r"^[*_]*`+(?P<name>[A-Za-z_][\w.-]*)`+")


def url_parameters_in_query(doc: Document) -> Document:
    """`doc` with each such "URL parameters" heading written "query parameters" (see the module)."""
    sections = [_in_query(s) if _URL_PARAMS.search(s.title) else s for s in doc.sections]
    return replace(doc, sections=sections)


def _in_query(section: Section) -> Section:
    route = next((found[0] for title in reversed(section.path[:-1]) if (found := request_lines(title))), None)
    if route is None:
        return section
    path = split_target(route[2]).path
    holes = {"".join(groups).lower() for groups in re.findall(r"\{(\w+)\}|<(?:\w+:)?(\w+)>|:(\w+)", path)}
    names = [
        match["name"]
        for block in section.blocks
        if block.kind == "list"
        for _, text in block.items
        if (match := _NAME.match(text.strip()))
    ]
    if not names or any(name.lower() in holes for name in names):
        return section
    title = _URL_PARAMS.sub("query parameters", section.title)
    return replace(section, title=title, path=(*section.path[:-1], title))
