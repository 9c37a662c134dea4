"""A request body written as a JavaScript object literal rather than JSON:

    PUT /api/things/42
    Host: localhost:8080
    {
      title: 'Lamp',
      tags: ['a', 'b']
      owner: { id: 7 }
    }

Documents of JavaScript servers (Express, Node) often show the body an example request sends the way their own
code writes it: keys without quotes, strings in single quotes, and now and then a comma dropped at a line's end.
It is still the body the request sends, member by member, so its top-level keys are the body's fields just as a
JSON object's would be. Read only when the whole text is one braced object whose every top-level member is
`key: value` (a bare name or quoted key, a colon, a value), one key at least written as JavaScript writes it (bare
or in single quotes): `{ name, url }` (a sketch of names), `{{ body }}` (a template), prose in braces, or a JSON
object JSON cannot read (a comment holding a quote) are no such object.
"""

from __future__ import annotations

import json
import re
from typing import Any

_KEY = re.compile(r"""\s*(?:(?P<bare>[A-Za-z_$][\w$-]*)|"(?P<double>[^"\n]+)"|'(?P<single>[^'\n]+)')\s*:""")


def _members(inner: str) -> list[str] | None:
    """The top-level members of an object's inside, split at commas and line ends outside brackets and quotes."""
    members, depth, quote, start = [], 0, "", 0
    for index, char in enumerate(inner):
        if quote:
            quote = "" if char == quote and inner[index - 1] != "\\" else quote
        elif char in "'\"":
            quote = char
        elif char in "{[(":
            depth += 1
        elif char in "}])":
            depth -= 1
            if depth < 0:
                return None
        elif depth == 0 and char in ",\n":
            members.append(inner[start:index])
            start = index + 1
    if quote or depth:
        return None
    members.append(inner[start:])
    return [m.strip() for m in members if m.strip()]


def _value(text: str) -> Any:
    """A member's value as JSON would give it: a nested literal, a string, a number, true/false/null, else text."""
    text = text.strip()
    if text.startswith("{"):
        nested = object_literal(text)
        return nested if nested is not None else {}
    try:
        return json.loads(text)
    except ValueError:
        pass
    if len(text) >= 2 and text[0] == text[-1] == "'":
        return text[1:-1]
    if text.startswith("["):
        items = _members(text[1:-1]) if text.endswith("]") else None
        return [_value(item) for item in items] if items is not None else []
    return text


def object_literal(text: str) -> dict[str, Any] | None:
    """The object a JavaScript object literal writes (see the module docstring); None when the text is not one."""
    stripped = text.strip()
    if not (stripped.startswith("{") and stripped.endswith("}")) or stripped.startswith("{{"):
        return None
    members = _members(stripped[1:-1])
    if not members:
        return None
    found: dict[str, Any] = {}
    for member in members:
        key = _KEY.match(member)
        if key is None or not member[key.end() :].strip():
            return None
        found[key["bare"] or key["double"] or key["single"]] = _value(member[key.end() :])
    # every key in double quotes is JSON's writing: what JSON could not read there is no literal of JavaScript's
    return found if any(_KEY.match(m)["double"] is None for m in members) else None
