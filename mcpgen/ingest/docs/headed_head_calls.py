"""A section titled with a method whose example is a `curl -I` call:

    GET API status
    --------------

    Get the Rest API status::

        # curl -I http://localhost:61208/api/4/status

`-I` asks curl to show only the response's headers (it sends HEAD), a way of showing the status line the route
answers with; the heading states the route's method, GET. Where a section's title opens with GET and its own
example calls include a `curl -I` to a path no call of the section makes with GET, that call is read as the
title's GET. A title stating HEAD, or none, leaves the call as curl sends it.
"""

from __future__ import annotations

import re

from .blocks import Document
from .mention import Mention, endpoint_key

_GET_TITLE = re.compile(r"^\s*`?GET\b")


def headed_head_calls(
    doc: Document, mentions: list[list[Mention]], owners: list[tuple[str, str] | None]
) -> list[tuple[str, str] | None]:
    """Read `curl -I` calls under a heading that states GET as GET calls; the section owners, moved keys followed."""
    moved: dict[tuple[str, str], tuple[str, str]] = {}
    for section, found in zip(doc.sections, mentions, strict=False):
        if not _GET_TITLE.match(section.title):
            continue
        got = {m.target.path for m in found if m.method == "GET"}
        for m in found:
            if m.kind == "curl" and m.method == "HEAD" and m.target.path not in got:
                before = endpoint_key(m)
                m.method = "GET"
                moved[before] = endpoint_key(m)
    return [moved.get(owner, owner) if owner is not None else None for owner in owners]


__all__ = ["headed_head_calls"]
