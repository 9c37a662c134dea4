"""A PATCH described by the fields it changes: "Update the `name`, `description` and `email` (user) of a single
model."

A sentence that opens with an update verb and names, in code, the fields it updates says what a partial update's
body may carry: each is a body field of the PATCH, none required (a partial update sends the ones it changes). The
names must follow the verb directly (an article between them at most) and be followed by what they belong to
("of a single model"), a noun for them ("fields"), or the sentence's end: "Update the model using `name`" or
"updates are logged in `audit`" name no field of the body.
"""

from __future__ import annotations

import re

_NAME = r"`[A-Za-z_][\w.-]*`(?:\s*\([^()`]{1,30}\))?"
_UPDATES = re.compile(
    r"(?:^|(?<=[.;!?]\s))(?:update|change|modify|edit|set|rename)s?\s+(?:the\s+|its\s+|their\s+)?"
    rf"(?P<names>{_NAME}(?:\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s*){_NAME})*)"
    r"(?=\s*(?:\b(?:of|on|for)\b|\b(?:fields?|propert(?:y|ies)|attributes?)\b|[.;!?]|$))",
    re.I,
)


def updated_fields(text: str) -> list[str]:
    """The fields sentences of `text` say a partial update changes, in order, each once."""
    names: dict[str, None] = {}
    for match in _UPDATES.finditer(" ".join(text.split())):
        names.update(dict.fromkeys(re.findall(r"`([A-Za-z_][\w.-]*)`", match["names"])))
    return list(names)
