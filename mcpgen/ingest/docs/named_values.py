"""Values in example URLs that the page names, so the segments holding them are placeholders: a number the text
under the URL's item says is something (`https://host/room-history/E1N8/12340.json`, then "the number in the URL
is the tick"), and a value the page's other requests pass to one named query parameter (`E1N8`, beside
`?room=E1N8` on the page's other URLs). Both make a written example the template it is an example of:
`/room-history/{room}/{tick}.json`."""

from __future__ import annotations

import re

from .blocks import Document, Where
from .mention import Mention
from .requests import split_target

_NUMBER_IS = re.compile(
    r"(?i)\bthe (?:number|numeric value) in the (?:url|path|address) is the (?P<name>[a-z][a-z_]*)\b"
)
_ID_VALUE = re.compile(r"(?![vV]\d+(?:\.\d+)*$)(?=[^/]*\d)(?=[^/]*[A-Za-z])[A-Za-z0-9._-]{3,}")
"""A value mixing letters and digits (`E1N8`, `abc123`): an id, never a word of a route (nor a version, `v1.2`,
which a path may carry as its prefix)."""


def _said_numbers(doc: Document) -> dict[tuple[Where, str], str]:
    """(the list's place, a coded URL's path) -> the name the items nested under that URL's item give its
    number."""
    said: dict[tuple[Where, str], str] = {}
    for section in doc.sections:
        for block in section.blocks:
            if block.kind != "list":
                continue
            for index, (term, text) in enumerate(block.items):
                url = re.search(r"`(https?://[^\s`]+)`", text)
                if url is None:
                    continue
                for sub_term, sub_text in block.items[index + 1 :]:
                    if len(sub_term) <= len(term):
                        break
                    if match := _NUMBER_IS.search(sub_text):
                        said[(block.where, split_target(url[1]).path)] = match["name"]
                        break
    return said


def named_values(doc: Document, mentions: list[list[Mention]]) -> None:
    """Make placeholders of the values in full example URLs that the page names (the module's docstring)."""
    said = _said_numbers(doc)
    passed: dict[str, set[str]] = {}
    for m in (m for found in mentions for m in found):
        for name, value, placeholder in m.target.query:
            if not placeholder and _ID_VALUE.fullmatch(value):
                passed.setdefault(value, set()).add(name)
    for m in (m for found in mentions for m in found):
        if not m.target.origin or "{" in m.target.path:
            continue
        segments = m.target.path.split("/")
        name = said.get((m.where, m.target.path))
        numbered = [i for i, s in enumerate(segments) if re.fullmatch(r"\d+(?:\.\w+)?", s)]
        if name and len(numbered) == 1:  # `12340.json`: the number alone is the value, its suffix the format
            i = numbered[0]
            segments[i] = re.sub(r"^\d+", "{" + name + "}", segments[i])
        for i, segment in enumerate(segments[2:], start=2):
            names = passed.get(segment, set())
            if len(names) == 1:  # (a value passed under two names says nothing of which one it is)
                segments[i] = "{" + next(iter(names)) + "}"
        m.target.path = "/".join(segments)
