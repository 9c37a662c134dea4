"""Sections that teach how to extend the server: the routes they show are the reader's to add.

A reference may end with a chapter on programming the server ("Programming the REST API", "Adding new rest
endpoints", "Extending the API"): its code registers routes an administrator may add (`@Routing.route(
"/summary2")`) and its examples call them. None of those is a route of the API the page documents.
"""

from __future__ import annotations

import re

from .blocks import Document
from .mention import Mention

_EXTENDING = re.compile(
    r"(?i)^(?:(?:programming|extending|customi[sz]ing)\s+the\s+(?:[\w-]+\s+){0,2}(?:api|server)"
    r"|(?:add(?:ing)?|creat(?:e|ing)|writ(?:e|ing)|defin(?:e|ing))\s+(?:new\s+|custom\s+|your\s+own\s+)+"
    r"(?:rest\s+|api\s+|http\s+)?(?:end\s?points|routes))$"
)


def drop_routes_to_add(doc: Document, mentions: list[list[Mention]]) -> None:
    """Empties the mentions of every section in the subtree of a section titled as a chapter on extending."""
    level = None
    for i, section in enumerate(doc.sections):
        if level is not None and section.level > level:
            mentions[i] = []
            continue
        level = None
        if _EXTENDING.match(section.title.strip(" `*")):
            level = section.level
            mentions[i] = []
