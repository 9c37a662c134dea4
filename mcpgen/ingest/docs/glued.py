"""A request line with no space between the method and the path (`POST/api/v1/users/{id}/email/`), alone on
its line in a code block: written with the space, as every other request line of such a page is. `GET/POST`
(two methods) and a method glued to anything but an absolute path stay as written."""

from __future__ import annotations

import re
from dataclasses import replace

from .blocks import Document
from .requests import METHODS

_METHOD = "|".join(METHODS)
_GLUED = re.compile(
    rf"(?m)^(?P<indent>[ \t]*)(?P<method>{_METHOD})(?P<path>/(?!(?:{_METHOD})\b)[\w{{<:.~-][^\s]*)[ \t]*$"
)


def spaced_request_lines(doc: Document) -> Document:
    """`doc` with its code blocks' glued request lines spaced (see the module)."""
    sections = []
    changed = False
    for section in doc.sections:
        blocks = [
            replace(b, text=_GLUED.sub(r"\g<indent>\g<method> \g<path>", b.text))
            if b.kind == "code" and _GLUED.search(b.text)
            else b
            for b in section.blocks
        ]
        changed = changed or blocks != section.blocks
        sections.append(replace(section, blocks=blocks) if blocks != section.blocks else section)
    return replace(doc, sections=sections) if changed else doc
