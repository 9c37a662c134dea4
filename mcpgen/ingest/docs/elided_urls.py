"""An example request to a URL cut short with an ellipsis: `curl -X PATCH https://host/api/v2/....`, `url =
'https://host/api/v2/...'`. The writer shows how to send a request with a tool (its headers, its body) and leaves
the route out, writing dots where it would go: the URL names no route, so the example is no request of the API
(its method belongs to no path the page states). An ellipsis inside a URL's path (`/api/.../items`) or after a
whole segment that the example calls anyway is not this: only a URL whose path ends in three or more dots (or
`…`) is elided."""

from __future__ import annotations

import re

from .blocks import Document
from .mention import Mention
from .requests import split_target

_ELIDED = re.compile(r"(?P<url>https?://[^\s`'\"<>]*?)(?:\.{3,}|…)(?=[\s`'\"]|$)")


def drop_elided(doc: Document, mentions: list[list[Mention]]) -> None:
    """Leave out the example requests (curl, raw HTTP) of a section that are its URLs cut short by an ellipsis."""
    for section, found in zip(doc.sections, mentions, strict=True):
        elided = {
            split_target(match["url"]).path.rstrip("/")
            for block in section.blocks
            if block.kind == "code"
            for match in _ELIDED.finditer(block.text)
        }
        if elided:
            found[:] = [m for m in found if m.kind not in ("curl", "http") or m.target.path.rstrip("/") not in elided]
