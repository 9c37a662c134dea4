"""A query parameter a sentence says the section's example request is called with.

A writer may print a plain example request and say in the sentence before it which query parameter changes what
it returns: 'Calling with "expand=true", this endpoint returns the stored data:' then `curl -X GET
http://host/site/item/@data`. The quoted `name=value` after "calling with" (or "called with", "call it with")
is a query parameter of the request the section shows, written as `?expand=true` would be, so the request takes
it as an optional query parameter. A request that sends a body (a POST's JSON) is given no query parameter this
way, and a pair written otherwise (`expand=true` in a sentence that says nothing of calling) is not read."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .blocks import Document
    from .mention import Mention

_CALLED_WITH = re.compile(
    r"\bcall(?:ing|ed|s)?\s+(?:it\s+|this\s+(?:endpoint|service|route)\s+)?with\s+"
    r"(?P<quote>[\"'`]+|\*\*)(?P<name>[A-Za-z_][\w.-]*)=(?P<value>[^\"'`*\s]+)(?P=quote)",
    re.I,
)


def called_with(doc: Document, mentions: list[list[Mention]]) -> None:
    """'Calling with "expand=true"': an optional query parameter of the section's GET and DELETE requests."""
    for section, found in zip(doc.sections, mentions, strict=True):
        pairs = [
            (match["name"], match["value"])
            for block in section.blocks
            if block.kind == "text"
            for match in _CALLED_WITH.finditer(block.text)
        ]
        if not pairs:
            continue
        for m in found:
            if m.kind not in ("curl", "http") or m.method not in ("GET", "DELETE", "HEAD"):
                continue
            for name, value in pairs:
                if all(name != known for known, _, _ in m.target.query):
                    m.target.query.append((name, value, False))
