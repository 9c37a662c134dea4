"""A sentence that says what the request body must be, writing the body out inline:

    This endpoint expects the request body to be either { value : true } or { value : false } .
    The payload must be `{"name": "..."}`.

The object a sentence gives as the body the request is expected to carry (or must, or should) is the body's
shape: each of its top-level keys is a body field, and a key every object the sentence allows has is one no
body may leave out, so required (a key only some of the alternatives have is optional). The object may be
JSON or, as documents of JavaScript servers write it, an object literal with bare keys (`{ value : true }`),
in inline code or not.

Read only where the words name the body ("body", "payload") and then say it is expected, must or should be
the object right after (`to be`, `must be`, `should be`, optionally `either`): an object a sentence only shows
("returns `{...}`", "for example `{...}`") says nothing of what the request needs.

A sentence may name the keys instead of writing the object out: "Receives a json object that must have the keys
`type` and `value`" (`expects`, `accepts`, `takes`, `requires` a JSON object, body or payload that must have,
contain or include the keys, fields or properties named in code). Each is a body field the request cannot leave
out. An object the endpoint returns ("Returns a json object that must have ..."), or keys it only may or should
have, are left alone.
"""

from __future__ import annotations

import re

from .object_literals import object_literal
from .requests import parse_json

_OBJECT = r"`?\{[^{}`]*(?:\{[^{}`]*\}[^{}`]*)*\}`?"
_EXPECTED = re.compile(
    r"\b(?:request\s+body|body|payload)\s+(?:(?:is\s+)?expected\s+to\s+be|to\s+be|must\s+be|should\s+be)\s+"
    rf"(?:either\s+)?(?P<first>{_OBJECT})(?P<rest>(?:\s*,?\s*(?:or\s+)?{_OBJECT})*)",
    re.I,
)


def _keys(raw: str) -> list[str] | None:
    text = raw.strip().strip("`")
    value = parse_json(text)
    value = object_literal(text) if value is None else value
    return list(value) if isinstance(value, dict) and value else None


def expected_body_fields(text: str) -> list[tuple[str, bool]]:
    """The body fields a sentence says the request body is expected to have, each with whether it is required."""
    fields: dict[str, bool] = {}
    for match in _EXPECTED.finditer(" ".join(text.split())):
        objects = [_keys(match["first"])] + [_keys(o) for o in re.findall(_OBJECT, match["rest"])]
        if any(keys is None for keys in objects):
            continue
        for keys in objects:
            for key in keys or ():
                fields[key] = all(key in (other or ()) for other in objects)
    return list(fields.items())


_NAMED = r"`[A-Za-z_][\w.-]*`"
_KEYS_REQUIRED = re.compile(
    r"\b(?:receives|expects|accepts|takes|requires)\s+(?:an?\s+|the\s+)?(?:json\s+)?(?:object|body|payload|document)\s+"
    r"(?:that|which)\s+must\s+(?:have|contain|include)\s+(?:the\s+)?(?:keys?|fields?|properties|members)\s+"
    rf"(?P<names>{_NAMED}(?:\s*(?:,\s*(?:and\s+)?|and\s+){_NAMED})*)",
    re.I,
)


def required_key_fields(text: str) -> list[str]:
    """The body fields a sentence says the object the request sends must have, named in code."""
    found: dict[str, None] = {}
    for match in _KEYS_REQUIRED.finditer(" ".join(text.split())):
        found.update(dict.fromkeys(re.findall(r"`([^`]+)`", match["names"])))
    return list(found)
