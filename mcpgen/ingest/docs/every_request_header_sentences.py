"""A header one sentence says every request to the API carries, before any route is stated: "All queries are
assumed to include an ``X-Auth-Token`` header.", "Every request must send the `X-Api-Version` header."

The sentence speaks of the API's requests as a whole ("all queries", "every request", "each API call"), says they
include, send or carry a header, and names it in code with a header's shape (words joined by hyphens: `X-Auth-Token`,
`X-Request-Id`); it names no route or method. The header is one of every route the document states, as those of a
list a sentence introduces so are (`every_request_headers.py`): needed unless the sentence calls it optional ("may
include", "optionally"). Left alone: a sentence about some requests only ("Where request bodies are present, ...
a ``Content-Type`` header"), about answers ("every response carries an `X-Request-Id` header"), one naming a route
or a method, and a header named without a verb of sending.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .blocks import Document
from .params import Param
from .requests import METHODS, request_lines

_EVERY = re.compile(
    r"(?i)\b(?:all|every|each|any)\s+(?:(?:the|of\s+the|our|your)\s+)?(?:api\s+|http\s+)?(?:requests?|queries|query|calls?)\b"
)
_CARRIES = re.compile(
    r"(?i)\b(?:includes?|sends?|carry|carries|contains?|pass(?:es)?|provides?|must\s+have|have)\b[^.;:]{0,30}?"
    r"`{1,2}(?P<name>[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)+)`{1,2}\s+(?:request\s+|http\s+|HTTP\s+)?header\b"
)
_ANSWER = re.compile(r"(?i)\b(?:responses?|answers?|replies|returns?)\b")
_OPTIONAL = re.compile(r"(?i)\b(?:may|can|optional(?:ly)?)\b")
_METHOD = re.compile(rf"\b(?:{'|'.join(METHODS)})\b")


def every_request_header_sentences(doc: Document) -> Iterator[Param]:
    """The headers sentences of `doc` say every request carries (see the module), each as a header parameter."""
    for section in doc.sections:
        for block in section.blocks:
            if block.kind != "text":
                continue
            for sentence in re.split(r"(?<=[.!?])\s+", " ".join(block.text.split())):
                every = _EVERY.search(sentence)
                if every is None or _ANSWER.search(sentence) or _METHOD.search(sentence):
                    continue
                if request_lines(sentence) or re.search(r"`/|https?://", sentence):
                    continue
                for match in _CARRIES.finditer(sentence, every.end()):
                    needed = not _OPTIONAL.search(sentence[every.start() : match.start()])
                    yield Param(match["name"], "header", block.where, needed, origin="prose")


__all__ = ["every_request_header_sentences"]
