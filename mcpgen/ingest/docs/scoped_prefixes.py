"""A prefix the page states for some of its routes only, named by how their paths begin: "Paths beginning `/hubs`,
`/server` or `/events` below are relative to `/api/v1`"; or a group's mount stated over its routes: "Under
`/api/v1/auth`:" above a table of `/auth/login`, `/auth/tokens/{id}`.

The routes the sentence names by their first segment are sent under that prefix (`GET /hubs/{id}/status` is
`GET /api/v1/hubs/{id}/status`); a route beginning another way (`/api/v1/discovery/hubs`, written in full) keeps
its path. "Under `/api/v1/auth`" ends with the segment its routes begin with (`/auth/...`): the routes are written
from their group's own name, so each path beginning that way is under the mount's parent (`/api/v1`), wherever
the page writes it. The page is rewritten before it is read, so that every rule reading its routes (a table's
cells, a list's items, a heading) sees each path as sent. A path inside a URL (after a host, a dot or a word) is
not one the page writes from the root and is left alone; so is a path already under the prefix, and the sentence
stating the prefix.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .blocks import Document

_SCOPED = re.compile(
    r"(?i)\b(?:paths?|routes?|endpoints?|urls?|uris?)\s+(?:beginning|starting|that\s+(?:begin|start))(?:\s+with)?\s+"
    r"(?P<segments>`/[\w.~-]+/?`(?:\s*(?:,\s*or|,\s*and|,|or|and)\s+`/[\w.~-]+/?`|,\s*`/[\w.~-]+/?`)*)"
    r"[^.;:`]{0,30}?\b(?:are|is)\s+(?:relative\s+to|prefixed\s+(?:with|by)|(?:served\s+|mounted\s+)?(?:under|at))\s+"
    r"`(?P<prefix>/[\w.~-]+(?:/[\w.~-]+)*)/?`"
)
""""Paths beginning `/hubs`, `/server` or `/events` below are relative to `/api/v1`"."""
_ONE_SEGMENT = re.compile(r"`/(?P<segment>[\w.~-]+)/?`")
_UNDER = re.compile(r"(?i)^under\s+`(?P<mount>(?:/[\w.~-]+){2,})/?`\s*[,:]")
""""Under `/api/v1/auth`, tag `auth`:": the mount of the group of routes stated next."""
_ROOTED = re.compile(r"(?<![\w./:~@$%-])/(?P<segment>[\w.~-]+)(?=[/`\s?#)\]|,;.'\"]|$)")
"""A path written from the root: `/hubs/{id}` in code or a request line, not `host/hubs` or `./hubs`."""


def scoped_prefixes(doc: Document) -> dict[str, str]:
    """First segment -> the prefix the page states for paths beginning with it."""
    prefixes: dict[str, str] = {}
    for section in doc.sections:
        for block in section.blocks:
            if block.kind != "text":
                continue
            text = " ".join(block.text.split())
            for match in _SCOPED.finditer(text):
                prefix = match["prefix"].rstrip("/")
                for segment in _ONE_SEGMENT.finditer(match["segments"]):
                    prefixes.setdefault(segment["segment"], prefix)
            if (under := _UNDER.match(text)) is not None:
                parent, _, last = under["mount"].rstrip("/").rpartition("/")
                prefixes.setdefault(last, parent)
    return prefixes


def scoped_prefix_paths(doc: Document) -> Document:
    """The page with each path beginning with a scoped segment written under its prefix."""
    prefixes = scoped_prefixes(doc)
    if not prefixes:
        return doc

    def full(text: str) -> str:
        if _SCOPED.search(" ".join(text.split())):
            return text  # the statement itself names the segments, not routes

        def one(match: re.Match[str]) -> str:
            prefix = prefixes.get(match["segment"])
            start = match.start()
            if prefix is None or match.string[max(0, start - len(prefix)) : start] == prefix:
                return match.group(0)
            return prefix + match.group(0)

        return _ROOTED.sub(one, text)

    sections = [
        replace(s, title=full(s.title), path=tuple(map(full, s.path)), blocks=[b.rewritten(full) for b in s.blocks])
        for s in doc.sections
    ]
    return replace(doc, sections=sections)
