"""Fields a sentence offers without naming the body: "To tag the ``upload_file``, you can provide the tag value
using the ``upload_file_tag`` field." In the text of a request that sends a body, "you can provide (pass, send,
set, include, specify) ... the `x` field" names a field of that body, which may be left out."""

from __future__ import annotations

import re

_OFFER = re.compile(r"(?i)\b(?:can|may)\s+(?:also\s+)?(?:provide|pass|send|set|include|specify|supply)\b")
_FIELD = re.compile(r"(?i)\bthe\s+`(?P<name>[A-Za-z_][\w.-]*)`\s+(?:field|property|key|attribute)\b")
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+")


def offered_fields(text: str) -> list[str]:
    """The names of the fields the sentences of `text` say may be given ("you can provide ... the `x` field")."""
    names: list[str] = []
    for sentence in _SENTENCE_END.split(text):
        offer = _OFFER.search(sentence)
        if offer is not None:
            names += [m["name"] for m in _FIELD.finditer(sentence, offer.end())]
    return list(dict.fromkeys(names))
