"""A value the text gives as an example of something, in brackets after its name, that an example request's URL
then carries as a segment of its path:

    If you know the queue id (for example 1578a823de00009fbb) then you can check its status

    curl http://localhost:8080/message/1578a823de00009fbb

The segment is that something's placeholder: `/message/{id}`, named by the word before the bracket ("the queue
id" -> `id`, "a sending zone (for example "default")" -> `zone`). Read only in concrete example requests (a curl,
a raw request, a full URL), never in the first segment of a path (a resource's name) nor in a route the document
states as written; a value the text gives as an example of two different names says nothing.
"""

from __future__ import annotations

import re

from .blocks import Document
from .mention import Mention

_QUOTE = "[\"'`\u201c\u201d\u2018\u2019]?"
_EXAMPLE = re.compile(
    rf"\b(?P<name>[A-Za-z][A-Za-z_]*)\s*\(\s*(?:for example|for instance|e\.\s?g\.|eg\.?|such as)[,:]?\s+{_QUOTE}"
    rf"(?P<value>[A-Za-z0-9][\w.~-]*?){_QUOTE}\s*\)"
)
_NOT_NAMES = frozenset({"a", "an", "the", "it", "is", "are", "of", "or", "and", "one", "value", "values", "example"})


def _examples(doc: Document) -> dict[str, str]:
    """value -> the name the document's text gives it an example of, where it gives exactly one."""
    named: dict[str, set[str]] = {}
    for section in doc.sections:
        for block in section.blocks:
            texts = [block.text] if block.kind == "text" else [f"{t} {d}" for t, d in block.items]
            for text in texts if block.kind in ("text", "list") else ():
                for match in _EXAMPLE.finditer(" ".join(text.split())):
                    if match["name"].lower() not in _NOT_NAMES:
                        named.setdefault(match["value"], set()).add(match["name"].lower())
    return {value: names.pop() for value, names in named.items() if len(names) == 1}


def example_segments(doc: Document, mentions: list[list[Mention]]) -> None:
    """Make placeholders of the segments of example requests that the text gives as examples of a name."""
    examples = _examples(doc)
    if not examples:
        return
    found = [m for ms in mentions for m in ms]
    stated = {m.target.path for m in found if m.kind in ("line", "table")}
    for m in found:
        if m.kind not in ("curl", "http") and not m.target.origin:
            continue
        if "{" in m.target.path or m.target.path in stated:
            continue
        segments = m.target.path.split("/")
        for i, segment in enumerate(segments[2:], start=2):
            if (name := examples.get(segment)) and "{" + name + "}" not in segments:
                segments[i] = "{" + name + "}"
        m.target.path = "/".join(segments)
