"""A sentence that names a route by what it is and says which body fields it expects: "The authentication
endpoint expects JSON with `devkey` field", where a route list describes one route as "Authentication"
(`api/v1/access   # Authentication`, `| POST | /login | Authentication |`).

A document that lists its routes with a word or two for each refers to a route by those words ("the
authentication endpoint", "the refresh route"); a sentence saying that route "expects", "requires" or "needs"
a JSON object (or a body, a payload) with named fields states fields the request cannot go without: each is a
required body field of it. Read only where the words name exactly one route, by its whole description, and
that route sends a body (POST, PUT or PATCH); a route named by no description, or by one that several routes
share, is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .blocks import Section
from .endpoint import Endpoint
from .params import Param

_FIELD = r"`[A-Za-z_][\w.-]*`"
_EXPECTS = re.compile(
    r"(?i)\bthe\s+(?P<name>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})\s+(?:endpoint|route|api|call)\s+"
    r"(?:expects|requires|needs|takes)\s+(?:an?\s+)?(?:json(?:\s+(?:object|body|payload))?|body|payload)\s+"
    rf"(?:with|containing)\s+(?:an?\s+|the\s+)?(?P<fields>{_FIELD}(?:\s*(?:,\s*(?:and\s+)?|and\s+){_FIELD})*)"
    r"\s+(?:fields?|keys?|properties|members)\b"
)


def _texts(section: Section) -> Iterator[str]:
    for block in section.blocks:
        if block.kind == "text":
            yield block.text
        elif block.kind in ("list", "deflist"):
            yield from (f"{term} {text}" for term, text in block.items)


def expected_fields(
    sections: list[Section], endpoints: dict[tuple[str, str], Endpoint]
) -> list[tuple[Endpoint, Param]]:
    """(endpoint, required body field) for each field a sentence says the route its words describe expects."""
    found: list[tuple[Endpoint, Param]] = []
    for section in sections:
        for text in _texts(section):
            for match in _EXPECTS.finditer(" ".join(text.split())):
                name = match["name"].lower()
                named = [
                    e
                    for e in endpoints.values()
                    if name in (e.description.strip(" .").lower(), e.summary.strip(" .").lower())
                ]
                if len(named) != 1 or named[0].method not in ("POST", "PUT", "PATCH"):
                    continue
                found.extend(
                    (named[0], Param(field, "body", section.where, True, origin="prose"))
                    for field in re.findall(r"`([^`]+)`", match["fields"])
                )
    return found
