"""Names a page's own requests send, standing in its other requests' paths: a console page that creates a user
with `POST /api` and the body `{"username": "newdeveloper"}`, and shows every other command as
`GET /api/newdeveloper/lights`. The value a request body gives a user's or an account's name or id is that
identity, so where a path shows it, the path shows a value of that field: `/api/{username}/lights`. A segment
that is that key with a qualifier written on in camelCase (`/config/whitelist/usernameToBeDeleted`) is the page's
stand-in for another value of it, kept under the name it writes."""

from __future__ import annotations

import re
from typing import Any

from .blocks import Document
from .mention import Mention
from .requests import parse_json_lines
from .sent_pairs import sent_pairs

_IDENTITY_KEY = re.compile(r"(?i)(?:user|account)[_-]?(?:name|id)|login|handle|slug")
"""Keys whose value identifies a user or an account the request creates or names."""
_VALUE = re.compile(r"(?=[^/]*[A-Za-z])[\w.-]{3,}")
_BODY_LABEL = re.compile(r"(?i)^\W*(?:request\s+)?(?:body|payload)\W*$")
"""A paragraph that is only a request body's label: "Request body:", "Payload"."""


def _bodies(doc: Document, mentions: list[list[Mention]]) -> list[Any]:
    """The request bodies the page shows: of its example requests, and JSON after a "Request body:" label."""
    found = [m.request.body for section in mentions for m in section if m.request is not None]
    for section in doc.sections:
        for before, block in zip(section.blocks, section.blocks[1:], strict=False):
            if block.kind == "code" and before.kind == "text" and _BODY_LABEL.match(before.text):
                found.extend(parse_json_lines(block.text)[:1])
    return found


def sent_names(doc: Document, mentions: list[list[Mention]]) -> None:
    """Each path segment (after the first) that is the value a request body gives an identity key becomes a
    placeholder named by that key; values the bodies give two different keys name nothing."""
    bodies = _bodies(doc, mentions)
    sent_pairs(bodies, mentions)  # `.../printers/default/192.168.1.7/status` beside `{"lab": "default", ...}`
    named: dict[str, set[str]] = {}
    for body in bodies:
        for key, value in body.items() if isinstance(body, dict) else ():
            if isinstance(value, str) and _IDENTITY_KEY.fullmatch(str(key)) and _VALUE.fullmatch(value):
                named.setdefault(value, set()).add(str(key))
    if not named:
        return
    stand_in = re.compile("(?:" + "|".join(sorted({re.escape(k) for ks in named.values() for k in ks})) + r")[A-Z]\w*")
    for mention in (m for section in mentions for m in section):
        segments = mention.target.path.split("/")
        for index in range(2, len(segments)):
            keys = named.get(segments[index], set())
            if len(keys) == 1:
                segments[index] = "{" + next(iter(keys)) + "}"
            elif stand_in.fullmatch(segments[index]):
                segments[index] = "{" + segments[index] + "}"
        mention.target.path = "/".join(segments)


__all__ = ["sent_names"]
