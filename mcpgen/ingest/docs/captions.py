"""Request examples captioned with the words of an operation's summary, away from the operation: a
specification that lists its routes in tables ("POST | /sfc/port_chains | Create a Port Chain") and prints its
examples together at the end ("Json Port Chain create request example::"). The caption names the operation by
its summary's words; when exactly one operation's summary is made of the caption's words, the example is its
request."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

from .blocks import Document
from .endpoint import Endpoint
from .requests import parse_json_lines

_CAPTION = re.compile(r"(?i)\brequest\b.{0,40}\b(?:example|sample)s?\b|\b(?:example|sample)s?\b.{0,40}\brequest\b")
_ANSWER = re.compile(r"(?i)\b(?:response|reply|result|returns?|output)\b")
_FILLER = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "for",
        "to",
        "in",
        "on",
        "json",
        "request",
        "requests",
        "example",
        "examples",
        "sample",
        "body",
        "specific",
        "given",
        "one",
        "new",
        "all",
        "existing",
    ]
)


def _words(text: str) -> set[str]:
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", re.sub(r"([a-z])([A-Z])", r"\1 \2", text))}
    return {w[:-1] if w.endswith("s") and len(w) > 3 else w for w in words} - _FILLER


def captioned_requests(doc: Document, endpoints: Iterable[Endpoint]) -> Iterator[tuple[Endpoint, Any]]:
    """(operation, JSON object) for each example whose caption is made of exactly one operation's summary."""
    writers = [(e, _words(e.summary)) for e in endpoints if e.method in ("POST", "PUT", "PATCH") and e.summary]
    if not writers:
        return
    for section in doc.sections:
        for caption, code in zip(section.blocks, section.blocks[1:], strict=False):
            if caption.kind != "text" or code.kind != "code" or len(caption.text) > 120:
                continue
            if not _CAPTION.search(caption.text) or _ANSWER.search(caption.text):
                continue
            words = _words(caption.text)
            named = [(e, own) for e, own in writers if own and own <= words]
            most = max((len(own) for _, own in named), default=0)
            named = [(e, own) for e, own in named if len(own) == most]  # "Port Pair Group" over "Port Pair"
            value = _first_object(code.text)
            if len(named) == 1 and value:
                yield named[0][0], value


def _first_object(text: str) -> dict[str, Any] | None:
    """The block's JSON object, or the first of several printed one after another."""
    for chunk in [text, *_objects(text)]:
        values = parse_json_lines(chunk)
        if values and isinstance(values[0], dict) and values[0]:
            return values[0]
    return None


def _objects(text: str) -> list[str]:
    """The top-level `{...}` objects of a block that prints several examples one after another."""
    chunks, depth, start, quoted = [], 0, 0, False
    for index, char in enumerate(text):
        if char == '"' and text[index - 1 : index] != "\\":
            quoted = not quoted
        elif not quoted and char == "{":
            depth, start = depth + 1, index if depth == 0 else start
        elif not quoted and char == "}" and depth:
            depth -= 1
            if depth == 0:
                chunks.append(text[start : index + 1])
    return chunks
