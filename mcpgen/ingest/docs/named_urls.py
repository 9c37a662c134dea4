"""A URL alone in a code block, on the host the page's requests go to, whose last segment the section names as
an API or endpoint ("HTTP server provides streaming API ``stream_console_output``", then "type the following
address:" over `http://localhost:60610/stream_console_output`): the route a browser or client GETs there. A URL
alone that the prose does not name so (the server's root, its docs page, a web app) is left unread."""

from __future__ import annotations

import re

from .blocks import Document
from .mention import Mention
from .requests import Request, split_target

_LONE_URL = re.compile(r"\s*(?P<url>https?://[^\s/]+(?P<path>/[\w./-]*[\w-]))\s*")


def _named(segment: str) -> re.Pattern[str]:
    code = rf"`{{1,2}}/?{re.escape(segment)}`{{1,2}}"
    return re.compile(rf"(?i)\b(?:api|endpoint|route)s?\s+{code}|{code}\s+(?:api|endpoint|route)\b")


def named_addresses(doc: Document, mentions: list[list[Mention]]) -> None:
    """State `GET path` in a section's mentions for each such URL, when the page's requests (curl, HTTPie, raw
    HTTP) go to the same host and no other line states that path: in place of the lone path a code block shows
    (`_coded_path_list`), which elsewhere only illustrates something. It is read as a request sent there, as the
    page's other requests are."""
    hosts = {m.target.origin for found in mentions for m in found if m.kind in ("curl", "http") and m.target.origin}
    routes = {m.target.path.rstrip("/") for found in mentions for m in found if not m.listed}
    for section, found in zip(doc.sections, mentions, strict=True):
        prose = " ".join(b.text for b in section.blocks if b.kind == "text")
        for block in section.blocks:
            lone = _LONE_URL.fullmatch(block.text) if block.kind == "code" else None
            if lone is None:
                continue
            target = split_target(lone["url"])
            segment = lone["path"].rstrip("/").rsplit("/", 1)[-1]
            if target.origin in hosts and target.path.rstrip("/") not in routes and _named(segment).search(prose):
                found[:] = [m for m in found if not (m.listed and m.where == block.where)]
                found.append(Mention("GET", target, block.where, "curl", Request(method="GET", target=target)))
