"""Routes written as paragraphs of their own, a path alone on each, with no method anywhere:

    REST API for the light switches

    /switch/<group>/device/<deviceId>/on

    /switch/<group>/device/<deviceId>/off

A README that lists its routes so (lines a blank line apart, indented too little to be code) states them as
a route list does (`mentions.path_lists`): each is an operation, GET, since nothing names another method (marked
as inferred). Read only on a document that states no request line, lists no paths and writes no route in code
anywhere, and only where a section holds at least three such paragraphs: one path alone in a paragraph may be a
mount point or a file named in passing. A file system path (`/usr/local/bin`, `/etc/app.conf`) is no route.
"""

from __future__ import annotations

import re

from .blocks import Section
from .mention import Mention
from .requests import split_target

_ROUTE = re.compile(r"/(?:[\w.~-]+|<\w+>|\{\w+\}|:\w+)(?:/(?:[\w.~-]+|<\w+>|\{\w+\}|:\w+))*/?")
"""A path of name, `<name>`, `{name}` or `:name` segments, nothing else on the paragraph."""
_FILE_SYSTEM = re.compile(r"/(?:usr|etc|var|opt|tmp|home|bin|sbin|lib|dev|proc|sys|mnt|root|srv)(?:/|$)")


def route_paragraphs(section: Section, least: int = 3) -> list[Mention]:
    """The paragraphs of `section` that are one route path alone, when there are at least `least` of them."""
    paths = [
        (block, text)
        for block in section.blocks
        if block.kind == "text" and _ROUTE.fullmatch(text := block.text.strip()) and not _FILE_SYSTEM.match(text)
    ]
    if len(paths) < least:
        return []
    return [Mention("GET", split_target(text), block.where, "line", inferred=True) for block, text in paths]
