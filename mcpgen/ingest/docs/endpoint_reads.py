"""A sentence telling the reader to get something from a path it calls an endpoint: "Or get the output from the
``/od-all`` endpoint", "You can fetch the current totals from the `/stats` route". Getting something from an
endpoint is what a GET does, so the sentence states a GET of that path (inferred: the method is not written),
where no mention of the page states the path already.

Read only with a verb of reading (get, fetch, read, retrieve, obtain, download), a few words of object at most, then
"from" and a coded path the sentence itself calls an endpoint, route or URL: "send the result to the `/x` endpoint"
or "data from `/x`" with no such noun says no method, and is left alone.
"""

from __future__ import annotations

import re

from .blocks import Document
from .mention import Mention
from .requests import path_key, split_target

_GET_FROM = re.compile(
    r"(?i)\b(?:get|fetch|read|retrieve|obtain|download)\s+(?:[\w-]+\s+){0,4}?from\s+(?:the\s+)?"
    r"`{1,2}(?P<path>/[^`\s]*)`{1,2}\s+(?:endpoint|route|url|resource)\b"
)


def endpoint_reads(doc: Document, mentions: list[list[Mention]]) -> None:
    """Add `GET path` to its section's mentions for each sentence of `doc` saying to get something from a coded
    path called an endpoint, unless a mention of the page states that path."""
    known = {path_key(m.target.path) for found in mentions for m in found}
    for section, found in zip(doc.sections, mentions, strict=True):
        for block in (b for b in section.blocks if b.kind == "text"):
            for match in _GET_FROM.finditer(block.text):
                target = split_target(match["path"])
                if path_key(target.path) not in known:
                    known.add(path_key(target.path))
                    found.append(Mention("GET", target, block.where, "line", prose=True, inferred=True))


__all__ = ["endpoint_reads"]
