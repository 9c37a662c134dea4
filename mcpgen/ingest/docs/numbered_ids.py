"""Ids a document shows only as numbers in its curl commands, no template stated anywhere (`curl .../entry/1/`,
`curl .../entry/set/1;3/`, `curl .../user/1/`): where the numbers stand, what they make of the paths around
them, and what they do not (a word in that place, `.../entry/schema/`, is a route of its own)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .mention import Mention

_ID_LIST = re.compile(r"\d+(?:[;,]\d+)+")  # `1;3`, `6,12`: several primary keys at once
_NUMBER = re.compile(r"\d+")
_WORD = re.compile(r"[A-Za-z][\w-]*")
_ID_SLOT = re.compile(r"\{ids?\d*\}")  # the placeholders `items_of_collections` and `sibling_items` write
_VALUE = re.compile(r"\d+(?:[;,]\d+)*|[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}")


def curl_only(mentions: list[list[Mention]]) -> bool:
    """Whether the document states its routes only as curl commands (no request line, no route table)."""
    found = [m for group in mentions for m in group]
    return any(m.kind == "curl" for m in found) and not any(m.kind in ("line", "table") for m in found)


def sibling_items(mentions: list[list[Mention]]) -> None:
    """In a document of curl commands alone, after `items_of_collections`: several numbers joined by `;` or `,`
    are a list of ids (`/entry/set/1;3/` is `/entry/set/{ids}/`), and a number right after a word, where another
    collection under the same parent has its items as `{id}` (`/api/v1/entry/{id}/`), is an item of that word's
    collection too (`/api/v1/user/1/` is `/api/v1/user/{id}/`, though `/api/v1/user/` is never requested)."""
    if not curl_only(mentions):
        return
    curls = [m for group in mentions for m in group if m.kind == "curl"]
    parents = set()
    for m in curls:
        segments = m.target.path.split("/")
        parents.update(("/".join(segments[: i - 1]), i) for i, s in enumerate(segments) if s == "{id}" and i >= 2)
    for m in curls:
        segments = m.target.path.split("/")
        for i, segment in enumerate(segments):
            if _ID_LIST.fullmatch(segment):
                segments[i] = "{ids}"
            elif (
                _NUMBER.fullmatch(segment)
                and i >= 2
                and _WORD.fullmatch(segments[i - 1])
                and ("/".join(segments[: i - 1]), i) in parents
            ):
                segments[i] = "{id}"
        m.target.path = "/".join(segments)


def for_values(mention: Mention, templates: list[list[str]], curls_alone: bool) -> list[list[str]]:
    """The templates a concrete curl path may be an example of: in a document of curl commands alone, an id
    placeholder made from numbers takes a value (a number, a list, a UUID), never a word (`/entry/schema/` is
    not `/entry/{id}/`)."""
    if not curls_alone or mention.kind != "curl":
        return templates
    segments = mention.target.path.split("/")
    return [
        t
        for t in templates
        if len(t) != len(segments)
        or all(not _ID_SLOT.fullmatch(p) or _VALUE.fullmatch(s) for p, s in zip(t, segments, strict=True))
    ]
