"""Routes that take the arguments of another part of the documentation, named by a cross-reference:

    Warcserver API
    --------------
    * ``/<coll>/index`` -- Direct Index
    * ``/<coll>/resource`` -- Direct Resource

    All endpoints accept the :ref:`cdx-server-api` query arguments.

The reference names a section (by its label, its anchor or its title) in this page or another of the same
folder, and that section describes one endpoint whose arguments it lists: each route the referring section
(with its subsections) names takes those arguments too. "Query arguments" puts them in the query whatever the
method; otherwise each goes where it goes on the endpoint referred to. A reference to a section that describes
no endpoint, or several, says nothing of arguments."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import replace

from .blocks import Document
from .endpoint import Endpoint
from .params import Param

_ACCEPT_REFERRED = re.compile(
    r"(?i)\b(?:all|every|each|these|the)\s+(?:endpoints?|routes?|requests?)\s+(?:also\s+)?(?:accepts?|takes?|supports?)\s+"
    r"(?:all\s+(?:of\s+)?)?the\s+`(?P<ref>[^`]+)`\s+(?P<query>query\s+)?(?:arguments|parameters|params|options)\b"
)


def _section_of(docs: list[Document], ref: str) -> tuple[str, str] | None:
    """(file, heading path) of the section `ref` names: its label or anchor, else its title."""
    wanted = ref.strip().lower()
    for by_title in (False, True):
        for doc in docs:
            for section in doc.sections:
                names = [section.title] if by_title else [section.anchor, *section.aliases]
                if any(n and n.strip().lower() == wanted for n in names):
                    return doc.file, " > ".join(section.path)
    return None


def _under(endpoint: Endpoint, file: str, heading: str) -> bool:
    section = endpoint.where.section
    return endpoint.where.file == file and (section == heading or section.startswith(heading + " > "))


def referred_arguments(
    docs: list[Document], endpoints: Iterable[Endpoint], add: Callable[[Endpoint, Param], None]
) -> None:
    """Give each route a referring sentence covers the arguments of the endpoint its reference names."""
    endpoints = list(endpoints)
    for doc in docs:
        for section in doc.sections:
            for block in (b for b in section.blocks if b.kind == "text"):
                match = _ACCEPT_REFERRED.search(block.text)
                place = _section_of(docs, match["ref"]) if match else None
                if match is None or place is None:
                    continue
                sources = [e for e in endpoints if _under(e, *place)]
                heading = " > ".join(section.path)
                targets = [e for e in endpoints if _under(e, doc.file, heading) and e not in sources]
                if len(sources) != 1 or not targets:
                    continue
                for param in [p for p in sources[0].params.values() if p.location != "path"]:
                    for target in targets:
                        add(target, replace(param, location="query" if match["query"] else param.location))


__all__ = ["referred_arguments"]
