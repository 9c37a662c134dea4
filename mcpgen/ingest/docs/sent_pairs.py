"""Values a page's own request body names together, standing together in another example request's path:

    # Get printer status
    curl "https://host/api/v1/printers/default/192.168.1.7/status"

    # Print a label
    curl -X POST "https://host/api/v1/print" -d '{"lab": "default", "printer_name": "192.168.1.7", ...}'

A page that states its API only by example requests writes an item's path with the values of one item, and
shows the same item again where a body names it field by field. Where two or more segments of an example's path
(after the first) are each the value one body gives a different string field, the path is that item's address
in those fields: `/api/v1/printers/{lab}/{printer_name}/status`. Two values of one body, in one path, is what
reads so; one segment alone that equals some field's value ("default", a word a route may well have) is left
as written, and a path that already has placeholders is a template the page states."""

from __future__ import annotations

import re
from typing import Any

from .mention import Mention

_NAME = re.compile(r"[A-Za-z_]\w*")
_VALUE = re.compile(r"[\w.:@-]{2,}")
_VERSION = re.compile(r"[vV]\d+(?:\.\d+)*")
"""A version prefix (`v1`), a part of every route, never an item's value."""


def _named_values(body: Any) -> dict[str, str]:
    """value -> field, for the string fields of a JSON object body whose values no two fields share."""
    if not isinstance(body, dict):
        return {}
    found: dict[str, list[str]] = {}
    for key, value in body.items():
        if isinstance(value, str) and _NAME.fullmatch(str(key)) and _VALUE.fullmatch(value):
            found.setdefault(value, []).append(str(key))
    return {value: keys[0] for value, keys in found.items() if len(keys) == 1}


def sent_pairs(bodies: list[Any], mentions: list[list[Mention]]) -> None:
    """Make placeholders of the path segments of example requests that are values one shown body names (the
    module's docstring)."""
    named = [values for body in bodies if len(values := _named_values(body)) >= 2]
    for mention in (m for found in mentions for m in found):
        if mention.kind not in ("curl", "http") or "{" in mention.target.path:
            continue
        segments = mention.target.path.split("/")
        for values in named:
            at = {i: values[s] for i, s in enumerate(segments) if i >= 2 and s in values and not _VERSION.fullmatch(s)}
            if len(at) >= 2 and len(set(at.values())) == len(at):
                for i, key in at.items():
                    segments[i] = "{" + key + "}"
                mention.target.path = "/".join(segments)
                break


__all__ = ["sent_pairs"]
