"""Query arguments named in running text by an example of themselves in code: "You may include the query argument
``?include_secret_information=1`` to include ...", "Takes an optional ``?number=`` argument (default is 30)."."""

from __future__ import annotations

import re

_CODED_QUERY = re.compile(r"`[?&](?P<name>[A-Za-z_][\w.-]*)=[^`\s]*`")
_QUERY_WORD = re.compile(r"(?i)\b(?:query|argument|arg|parameter|param)s?\b")
_REQUIRED = re.compile(r"(?i)\b(?:required|must|mandatory)\b")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def coded_query_arguments(text: str) -> list[tuple[str, bool]]:
    """(name, required) for each query argument a sentence of `text` writes as `?name=value` in code and calls a
    query argument or parameter; required where the sentence says it must be given."""
    found = []
    for sentence in _SENTENCE_END.split(text):
        if not _QUERY_WORD.search(sentence):
            continue
        found += [(m["name"], bool(_REQUIRED.search(sentence))) for m in _CODED_QUERY.finditer(sentence)]
    return found
