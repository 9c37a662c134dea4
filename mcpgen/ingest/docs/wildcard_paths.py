"""An example path the text says can be anything: a server that serves every path alike (a relay, a key-value
store keyed by the path) shows its requests on one example (`curl -T - https://relay.example.com/greeting`,
"`POST /greeting` or `PUT /greeting` into `GET /greeting`") and then says "The path `/greeting` can be anything".
The example is a value of one placeholder, named after the word the sentence gives it: every request on that
path is a request on `/{path}`. Only a path of one segment is read so: where a longer one "can be anything", the
sentence does not say which of its segments vary."""

from __future__ import annotations

import re

from .blocks import Document
from .mention import Mention

_ANY_PATH = re.compile(
    r"(?i)\bthe (?:url )?path\s+`(?P<path>/[\w.~-]+)/?`\s+(?:can|may)\s+be\s+"
    r"(?:anything|any(?:\s+other)?\s+(?:path|name|string|value))\b"
)


def _any_paths(doc: Document) -> set[str]:
    """The one-segment example paths the page's paragraphs and list items say can be anything."""
    said: set[str] = set()
    for block in (b for section in doc.sections for b in section.blocks):
        texts = [block.text] if block.kind == "text" else [d for _, d in block.items] if block.kind == "list" else []
        said.update(match["path"] for text in texts for match in _ANY_PATH.finditer(" ".join(text.split())))
    return said


def wildcard_paths(doc: Document, mentions: list[list[Mention]]) -> None:
    """Make `/{path}` of every request on an example path the page says can be anything (the module's
    docstring)."""
    said = _any_paths(doc)
    for m in (m for found in mentions for m in found):
        if m.target.path.rstrip("/") in said:
            m.target.path = "/{path}"
