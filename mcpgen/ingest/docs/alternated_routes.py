"""A heading whose request line joins several routes by bars in one segment: `#### GET /png|jpeg - Render
PNG/JPEG` is `GET /png` and `GET /jpeg`, one operation per word, described by the one section (its parameter list
serves each). A bar is no path character: it separates words the way a shell pattern or a regular expression does.

Read only in headings, and only where a whole segment is words joined by bars (`/png|jpeg`, `/{id}/start|stop`);
a bar elsewhere in a line (a table's cell separator, `<true|false>` placeholders) is not this.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .blocks import Section
from .mention import Mention, endpoint_key
from .requests import METHODS, path_key

_ALTERNATED = re.compile(
    rf"(?:^|(?<=[`*\s]))(?P<method>{'|'.join(METHODS)})[`*]*[ \t]+[`*]*"
    r"(?P<head>(?:/[^\s`*|/]+)*/)(?P<words>[\w.-]+(?:\|[\w.-]+)+)(?P<tail>(?:/[^\s`*|/]+)*/?)(?=[\s`*]|$)"
)


def _routes(title: str) -> list[tuple[str, list[str]]]:
    """(method, the routes) for each request line of `title` whose one segment is words joined by bars."""
    return [
        (m["method"], [m["head"] + word + m["tail"] for word in m["words"].split("|")])
        for m in _ALTERNATED.finditer(title)
    ]


def alternated_keys(section: Section) -> set[tuple[str, str]]:
    """The endpoints a section's heading names in one request line of barred words (`GET /png|jpeg`)."""
    return {(method, path_key(route)) for method, routes in _routes(section.title) for route in routes}


def alternated_headings(sections: list[Section], mentions: list[list[Mention]]) -> None:
    """Each heading's barred request line read as one mention per route: the first word's route is found already
    (the line's target stops at the bar); the others are added beside it."""
    for section, found in zip(sections, mentions, strict=True):
        for method, routes in _routes(section.title):
            first = next(
                (m for m in found if m.where is section.where and endpoint_key(m) == (method, path_key(routes[0]))),
                None,
            )
            if first is None:
                continue
            for route in routes[1:]:
                other = replace(first, target=replace(first.target, path=route, query=list(first.target.query)))
                if endpoint_key(other) not in {endpoint_key(m) for m in found}:
                    found.append(other)


__all__ = ["alternated_headings", "alternated_keys"]
