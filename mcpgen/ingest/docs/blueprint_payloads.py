"""API Blueprint's payload sections: a `+ Request` or `+ Response 404 (application/json)` item with a nested
`+ Headers` item over the indented block of the headers that payload carries.

The nested item's name says only that the block is headers; whose they are (the request's, or a response's) is
said by the item it is nested under. A block there is labelled by both ("Response 200 (application/json)
Headers:"), so that a response's headers (`X-Request-ID: f72fc914`) are not read as headers the request sends;
under a `+ Request` item the label keeps saying they are the request's. A nested item that is no headers part
(`+ Parameters` > `+ id`), or headers not nested under a request or response, keeps its own label. (A response's
`+ Body` is left labelled `Body:` as before: taking the error bodies out of the request's examples leaves the
examples alone to decide which keys are required, which they do not say for Blueprint's named requests.)

Likewise `+ Attributes (NoteData)` nested under a `+ Response 200` item says that the named data structure (a
heading `## NoteData` over its field list, under "# Data Structures") describes what comes back: a structure only
responses name is no list of request fields, even where a request's example body sends some of the same keys
(`response_structures`). One a `+ Request` item names as well is left to the rules reading request fields."""

from __future__ import annotations

import re

from .blocks import Section

_PART = re.compile(r"(?i)^[*_`]*headers\b")
_PAYLOAD = re.compile(r"(?i)^[*_`]*(?:request|response)\b")


def payload_label(open_items: list[str]) -> str:
    """The label for a block inside nested list items, from the texts of the items open around it (outermost
    first), or "" when it is no payload part of a request or response (the caller keeps its own label)."""
    texts = [text for text in open_items if text]
    if len(texts) < 2 or not _PART.match(texts[-1]) or not _PAYLOAD.match(texts[-2]):
        return ""
    return f"{texts[-2].rstrip(':')} {texts[-1].rstrip(':')}"


_ATTRIBUTES = re.compile(r"(?i)^[*_`]*attributes\s*\((?:array\[)?(?P<name>[A-Za-z_][\w ]*?)\]?\)")


def response_structures(sections: list[Section]) -> set[str]:
    """The names of the data structures that `+ Attributes (Name)` items give only under a response's item."""
    named: dict[str, set[str]] = {}  # structure name -> "request" / "response"
    for block in (b for s in sections for b in s.blocks if b.kind == "list"):
        open_items: list[tuple[int, str]] = []  # (depth, text) of the items above the current one
        for term, text in block.items:
            depth = len(term)
            while open_items and open_items[-1][0] >= depth:
                open_items.pop()
            match = _ATTRIBUTES.match(text.strip())
            if match and open_items and (payload := _PAYLOAD.match(open_items[-1][1])):
                named.setdefault(match["name"].strip(), set()).add(payload.group(0).strip("*_`").lower())
            open_items.append((depth, text.strip()))
    return {name for name, owners in named.items() if owners == {"response"}}
