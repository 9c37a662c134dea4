"""A route named as the source of a value, not as the request a section describes: "or an `upscalers[].name`
value from `GET /v1/capabilities`", "the `job_id` returned by `POST /v1/jobs`", "an id listed by `GET /models`".

Such a sentence sits in another request's part (a field summary of the submitting route) and points the reader to
the call that yields a value to put in it. Taken as a statement of its route, it makes the part that route's own,
and the part's fields become the arguments of a call that takes none. Where the document states the route
elsewhere, the reference is dropped and the owners are found again without it; a route named only so is kept."""

from __future__ import annotations

import re

from .blocks import Document
from .mention import Mention, endpoint_key
from .owners import section_owners
from .requests import REQUEST_LINE, path_key, split_target

_SOURCE_OF_VALUE = re.compile(
    r"\b(?:values?|names?|ids?|identifiers?|keys?|tokens?|handles?)\b[^.;:!?]{0,40}?"
    r"\b(?:from|returned by|listed by|given by|reported by|obtained (?:from|via|with))\s+(?:the\s+)?[`*_]*$",
    re.I,
)


def value_references(
    doc: Document, mentions: list[list[Mention]], owners: list[tuple[str, str] | None]
) -> list[tuple[str, str] | None]:
    """Drop the request lines named only as the source of a value (when the route is stated elsewhere); the
    sections' owners, found again when any was dropped."""
    references: list[Mention] = []
    for section, found in zip(doc.sections, mentions, strict=True):
        texts = [b.text for b in section.blocks if b.kind in ("text", "list")]
        for mention in (m for m in found if m.kind == "line"):
            key = endpoint_key(mention)
            places = [
                text[: match.start()]
                for text in texts
                for match in REQUEST_LINE.finditer(text)
                if (match.group("method"), path_key(split_target(match.group("target")).path)) == key
            ]
            if places and all(_SOURCE_OF_VALUE.search(before) for before in places):
                references.append(mention)
    ids = {id(m) for m in references}
    stated = {endpoint_key(m) for found in mentions for m in found if id(m) not in ids}
    dropped = {id(m) for m in references if endpoint_key(m) in stated}  # a route named only so is kept
    for found in mentions:
        found[:] = [m for m in found if id(m) not in dropped]
    return section_owners(doc.sections, mentions) if dropped else owners
