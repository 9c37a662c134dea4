"""Requests a page shows to teach its authentication, not to state a route: under a heading about
authentication ("Authenticating with the user token", or "Protocol" under "Authentication"), a request (curl or
raw HTTP) that sends the credential (an `Authorization` or API-key header) to a route outside the tree every
route the page states shares (another
module's `/api/v1/firmware/build/` beside `/api/v1/users/...`), where the page states its routes as request
lines (a curl-only page states its routes so, and keeps them). Also requests shown on a path that is a word
standing for any route (`POST /endpoint/` with its headers)."""

from __future__ import annotations

import re

from .auth import AUTH_PARAM
from .blocks import Section
from .mention import Mention, endpoint_key

_ABOUT_AUTH = re.compile(r"(?i)\b(?:authenticat\w*|authori[sz]\w*|auth|credentials?|tokens?|api[ -]?keys?)\b")


def _credential(mention: Mention) -> bool:
    headers = mention.request.headers if mention.request is not None else []
    return any(name.lower() == "authorization" or AUTH_PARAM.match(name) for name, _ in headers)


def drop_auth_examples(sections: list[Section], mentions: list[list[Mention]]) -> None:
    """Leave out of `mentions` the requests that only show how to send a credential (see the module)."""
    stated = {endpoint_key(m) for found in mentions for m in found if m.kind in ("line", "table")}
    shared = _common_prefix([path for _, path in stated])
    if not shared:
        return
    for section, found in zip(sections, mentions, strict=True):
        if not _about_auth(section) or any(m.kind in ("line", "table") for m in found):
            continue
        found[:] = [
            m
            for m in found
            if m.kind not in ("curl", "http")
            or not _credential(m)
            or _segments(endpoint_key(m)[1])[: len(shared)] == shared
        ]


def _about_auth(section: Section) -> bool:
    """The section's heading, or one it is nested under below the page's title ("Authentication" over
    "Protocol"), is about authentication: the page's title names the whole page, not this part of it."""
    return any(_ABOUT_AUTH.search(title) for title in (section.path[1:] or (section.title,)))


def _segments(path: str) -> list[str]:
    return [s for s in path.split("/") if s]


def _common_prefix(paths: list[str]) -> list[str]:
    """The leading segments every path shares (literal ones only)."""
    split = [_segments(p) for p in paths]
    shared: list[str] = []
    for parts in zip(*split, strict=False) if split else ():
        if len(set(parts)) != 1 or "{" in parts[0]:
            break
        shared.append(parts[0])
    return shared


_STAND_IN = re.compile(r"/(?:(?:some|an?|any|your|my)[-_]?)?(?:endpoint|resource|route|path|url|foo|bar|baz)/?", re.I)
"""A path that is a word standing for any route: `POST /endpoint/` shown under "Authentication" for its headers,
`GET /endpoint/` under "Pagination" for its `Link` header."""


def drop_stand_ins(mentions: list[list[Mention]]) -> None:
    """Leave out the example requests (raw HTTP, curl) on a stand-in path, where the document states routes of
    its own otherwise."""
    if not any(m.kind not in ("curl", "http") for found in mentions for m in found):
        return
    for found in mentions:
        found[:] = [m for m in found if m.kind not in ("curl", "http") or not _STAND_IN.fullmatch(m.target.path)]
