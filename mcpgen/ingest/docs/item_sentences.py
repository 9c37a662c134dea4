"""A request line in a later sentence of a list item: a reference to another operation, not the item's request.

    * `400 Bad Request` if any of the specified traits are not valid. The valid
      traits can be queried by `GET /traits`.

An item that states a route opens with it, or names it in its one sentence (`- `GET /users` lists the users`,
"- List users: `GET /users`"). An item that first says something else (here, when an operation answers `400`)
and only in a following sentence names a request points the reader at that other operation, as a sentence of a
paragraph does: the request line is prose, so the section it sits in stays the operation its own request line
(`.. rest_method:: PUT /resource_providers/{uuid}/traits`) states, and its parameter table stays that
operation's."""

from __future__ import annotations

import re

_SENTENCE_END = re.compile(r"[a-z)`'\"][.!?]\s+[`*\"']?[A-Z]")
"""The end of a sentence and the start of the next: a full stop after a word, then a capital."""


def in_later_sentence(text: str, raw: str) -> bool:
    """`raw` (the path of a request line in the list item `text`) first appears after the item's first sentence,
    inside its own sentence (words before it there: "can be queried by `GET /traits`"), not opening it as the
    sentence's subject ("`GET /x/config` shows the settings": a route the item goes on to state)."""
    at = text.find(raw)
    ends = list(_SENTENCE_END.finditer(text[:at])) if at > 0 else []
    if not ends:
        return False
    before = re.sub(r"[`*_]|\b[A-Z]+\s*$", " ", text[ends[-1].end() - 1 : at])  # the sentence up to the method
    return len(before.split()) >= 2
