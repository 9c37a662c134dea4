"""A request line set off in bold or code with a short note in brackets after it, the way a README heads each
endpoint of its API section (`**POST /api/files** (Requires authentication)`, `` `GET /items` (admin only) ``):
the note says who may call it, not where its description starts, so the line still opens the operation its
following blocks (a description, a `Parameters:` list, an example) describe, like the same line without the note.

Only a note closing the line, in one pair of round brackets right after the closing `**` or backtick, counts: a
sentence that goes on after the request line, or a bracket holding another request line, is prose that mentions
a request."""

from __future__ import annotations

import re

_NOTE = re.compile(r"(?<=[*_`])\s+\((?P<note>[^()\n]{1,60})\)\s*$")
_REQUEST = re.compile(r"\b(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\s+/")


def without_trailing_note(text: str) -> str:
    """`text` without a bracketed note closing a request line set off in bold or code; other text as it is."""
    match = _NOTE.search(text)
    if not match or _REQUEST.search(match.group("note")):
        return text
    return text[: match.start()]
