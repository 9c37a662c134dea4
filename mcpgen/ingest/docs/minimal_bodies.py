"""A body written in code that the text calls valid on its own, which makes its fields the required ones:

    - **Minimal:** `{"input": {...}}` alone is valid; no `context` required.
    - **With a session:** `{"input": {...}, "context": {"session_id": "<id>"}}` uses the session's events.

A document that shows its request bodies as inline JSON says which of them is the least a caller may send:
"`{...}` only is valid", "`{...}` alone is enough". What a body needs at the least is what the request requires,
so each top-level key of that object is a required body field. The object names no route; it belongs to the one
write (POST, PUT, PATCH) whose body the document already gives every one of its keys (as fields or in an
example), and to no route when two writes or none have them all.

Read only where the words follow the coded object right away ("only", "alone" or "by itself", then "is valid",
"is enough", "is sufficient" or "is accepted"); an object called "also valid", or valid "with" something else,
says nothing of what is required.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .blocks import Section
from .endpoint import Endpoint
from .params import Param
from .requests import parse_json_lines

_ALONE = re.compile(
    r"`(?P<object>\{[^`]*\})`\s+(?:only|alone|by itself|on its own)\s+is\s+(?:a\s+|the\s+)?"
    r"(?:valid|enough|sufficient|accepted)\b(?!\s+with\b)"
)
_WRITES = {"POST", "PUT", "PATCH"}


def _keys(text: str) -> list[str]:
    """The top-level keys of a coded object, its `...` elisions read as placeholders."""
    loose = re.sub(r"\{\s*\.\.\.\s*\}", "{}", text).replace("...", "")
    values = parse_json_lines(loose)
    return list(values[0]) if len(values) == 1 and isinstance(values[0], dict) else []


def _sends(endpoint: Endpoint, keys: list[str]) -> bool:
    """Whether the document gives the write's body every key: as body fields, or in one of its example bodies."""
    examples = [example for example in endpoint.request_examples if isinstance(example, dict)]
    return all((k, "body") in endpoint.params or any(k in example for example in examples) for k in keys)


def minimal_bodies(
    sections: list[Section], endpoints: dict[tuple[str, str], Endpoint]
) -> Iterator[tuple[Endpoint, Param]]:
    """(the write, a required body field) for each key of a body the text calls valid alone (see the module)."""
    for section in sections:
        for block in section.blocks:
            texts = (
                [block.text] if block.kind == "text" else [t for _, t in block.items] if block.kind == "list" else []
            )
            for text in texts:
                for match in _ALONE.finditer(text):
                    keys = _keys(match["object"])
                    owners = [e for e in endpoints.values() if e.method in _WRITES and keys and _sends(e, keys)]
                    if len(owners) != 1:
                        continue
                    for key in keys:
                        yield owners[0], Param(key, "body", block.where, required=True, origin="prose")


__all__ = ["minimal_bodies"]
