"""A request body written as a shorthand set of field names inside a labelled parenthetical of a route's
description: "Create a session (body: `{tags, spec}`)".

A table row or a list item that names a route often says what it takes in a parenthetical aside; a label
"body:" (or "payload:", "request body:") followed by braces holding bare comma-separated names is the
object-literal shorthand a reader reads as "a JSON object with these fields" (no values are given, so none is
said to be required). The label is what makes the braces a request body: braces after "returns" or a
"response body:" label describe what comes back, and braces holding `key: value` pairs are sketches other rules
read."""

from __future__ import annotations

import re

_LABELLED = re.compile(
    r"(?i)(?<![\w-])(?<!response )(?<!reply )(?:request\s+)?(?:json\s+)?(?:body|payload)\s*:\s*"
    r"`?\{(?P<names>\s*[A-Za-z_][\w-]*\s*(?:,\s*[A-Za-z_][\w-]*\s*)*)\}`?"
)


def shorthand_body_fields(text: str) -> list[str]:
    """The field names of every labelled shorthand body in `text` (`body: {tags, spec}`), in order, once each."""
    names: dict[str, None] = {}
    for match in _LABELLED.finditer(text):
        for name in match["names"].split(","):
            names.setdefault(name.strip(), None)
    return list(names)
