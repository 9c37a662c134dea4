"""A sentence inside an operation's section saying a request of another method can be made on the same resource:

    GET /{collection}
    =================
    ...
    Counting
    --------
    To count the records without fetching them, a ``HEAD`` request can be used.

The sentence names a method and no path: it speaks of the resource the section describes, which therefore takes
that method too (an operation of its own, as "also supports DELETE" states one). A sentence that names a path
("a `POST` request can be sent to `/jobs`") speaks of that path, and one that says a request cannot or should not
be used states none."""

from __future__ import annotations

import re

from .requests import METHODS

_USABLE = re.compile(
    rf"\b(?:an?\s+)?[`*_]*(?P<method>{'|'.join(METHODS)})[`*_]*\s+(?:http\s+)?request\s+(?:can|may)\s+(?:also\s+)?be\s+"
    r"(?:used|made|sent|issued|performed)\b"
)
_SENTENCE = re.compile(r"[^.!?]+(?:[.!?](?=\s|$)|$)")


def usable_methods_said(text: str) -> list[str]:
    """The methods sentences of `text` say a request can be made with, where the sentence names no path."""
    found: list[str] = []
    for sentence in _SENTENCE.findall(" ".join(text.split())):
        match = _USABLE.search(sentence)
        if match is None or re.search(r"(?:^|[\s`(])/[\w{<:]", sentence):
            continue
        found.append(match["method"])
    return found
