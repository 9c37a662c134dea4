"""A section whose heading is an HTTP method alone, over a code block that holds only a path:

    Subnet View
    ===========

    GET
    ---

    Get details of a subnet.

    .. code-block:: text

        /api/v1/subnet/<subnet-id>/

The heading names the operation's method and the block its route (the method is the sub-heading, so the block
does not repeat it): together they are the request line `GET /api/v1/subnet/<subnet-id>/`, and what the section
holds (its Param table) describes that operation. Only a heading that is a method word and nothing else, and only
code blocks that are one path and nothing else, are read so: a path block under a heading in words ("Example",
"Response") or a block of several lines (a shell command, a JSON body) stays as it is."""

from __future__ import annotations

import re
from dataclasses import replace

from .blocks import Document
from .requests import METHODS

_METHOD_TITLE = re.compile(rf"[`*_]*(?P<method>{'|'.join(METHODS)})[`*_]*")
_LONE_PATH = re.compile(r"/[^\s`]*")


def method_headed_paths(doc: Document) -> Document:
    """`doc` with each code block that is a path alone, in a section headed by a method alone, written as the
    request line of that method and path."""
    sections = []
    for section in doc.sections:
        match = _METHOD_TITLE.fullmatch(section.title.strip())
        if match is None:
            sections.append(section)
            continue
        blocks = [
            replace(b, text=f"{match['method']} {b.text.strip()}")
            if b.kind == "code" and _LONE_PATH.fullmatch(b.text.strip())
            else b
            for b in section.blocks
        ]
        sections.append(replace(section, blocks=blocks))
    return replace(doc, sections=sections)
