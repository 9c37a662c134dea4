"""Sections that teach how to extend the server: the routes they show are the reader's to add.

A reference may end with a chapter on programming the server ("Programming the REST API", "Adding new rest
endpoints", "Extending the API"): its code registers routes an administrator may add (`@Routing.route(
"/summary2")`) and its examples call them. None of those is a route of the API the page documents.

The title alone does not make such a chapter of a section whose request lines are routes the page states elsewhere:
an API whose resource is itself a route (a proxy's routing table: "Adding new routes" over `POST
/api/routes/[:path]`, the same operation as the `POST | /api/routes/{route_spec}` row of its endpoint table)
describes its own operation there, and those mentions are kept.
"""

from __future__ import annotations

import re

from .blocks import Document
from .mention import Mention, endpoint_key

_EXTENDING = re.compile(
    r"(?i)^(?:(?:programming|extending|customi[sz]ing)\s+the\s+(?:[\w-]+\s+){0,2}(?:api|server)"
    r"|(?:add(?:ing)?|creat(?:e|ing)|writ(?:e|ing)|defin(?:e|ing))\s+(?:new\s+|custom\s+|your\s+own\s+)+"
    r"(?:rest\s+|api\s+|http\s+)?(?:end\s?points|routes))$"
)


def drop_routes_to_add(doc: Document, mentions: list[list[Mention]]) -> None:
    """Empties the mentions of every section in the subtree of a section titled as a chapter on extending, but
    for the routes the page states outside such chapters (see the module)."""
    level = None
    chapter: list[int] = []
    for i, section in enumerate(doc.sections):
        if level is not None and section.level > level:
            chapter.append(i)
            continue
        level = None
        if _EXTENDING.match(section.title.strip(" `*")):
            level = section.level
            chapter.append(i)
    inside = set(chapter)
    stated = {endpoint_key(m) for i, found in enumerate(mentions) if i not in inside for m in found if m.kind != "curl"}
    for i in chapter:
        mentions[i] = [m for m in mentions[i] if m.kind == "line" and endpoint_key(m) in stated]
