"""Capital letters standing for a route's values, explained in the words beside the route:

    * `/api/v1/files/A-B` (GET): reads file B from bucket A
    * `/api/v1/files` (POST): stores a file

A path segment made only of single capital letters (`A`, `A-B`, `A.B`) is no resource name: the writer uses the
letters as variables, and the text that names the route says what each one is, a noun before the letter ("bucket
A", "file B"). Each such letter is a placeholder (`/api/v1/files/{A}-{B}`), a path parameter of that route.

Every letter of the segment must be so named in a text that writes the route: a segment of capitals the words
leave unexplained (`/api/v1/X`, "the X endpoint") stays literal."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .blocks import Document
    from .mention import Mention

_LETTERS = re.compile(r"[A-Z](?:[-_.,~+][A-Z])*")
"""A segment of single capital letters, one or several joined by punctuation."""


def _texts(doc: Document) -> list[str]:
    return [
        text
        for section in doc.sections
        for block in section.blocks
        if block.kind in ("text", "list")
        for text in (block.text, *(item[1] for item in block.items))
        if text
    ]


def _named(letter: str, text: str) -> bool:
    """Whether `text` names what `letter` stands for: a lower-case noun right before it ("prefix X")."""
    return re.search(rf"\b[a-z][a-z-]+\s+{letter}\b(?![-./\w])", text) is not None


def lettered_segments(doc: Document, mentions: list[list[Mention]]) -> None:
    """Segments of single capital letters that the route's own text explains letter by letter become
    placeholders."""
    texts: list[str] | None = None
    for found in mentions:
        for m in found:
            segments = m.target.path.split("/")
            lettered = [at for at, s in enumerate(segments) if at >= 2 and _LETTERS.fullmatch(s)]
            if not lettered:
                continue
            texts = _texts(doc) if texts is None else texts
            writing = [t for t in texts if m.target.path in t]
            for at in lettered:
                letters = re.findall(r"[A-Z]", segments[at])
                if any(all(_named(letter, t.replace(m.target.path, " ")) for letter in letters) for t in writing):
                    segments[at] = re.sub(r"[A-Z]", lambda x: "{" + x.group(0) + "}", segments[at])
            m.target.path = "/".join(segments)
