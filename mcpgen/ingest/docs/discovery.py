"""A discovery response: the JSON an API answers with to say which endpoints it has, printed in the documentation
(after the `curl` of its root, or alone in a JSON block), whose `endpoints` (or `routes`) member maps names to the
paths of those endpoints:

    "endpoints": {"colors": "/v1/?values=ff0000", "names": "/v1/names/:query", "health": "/health"}

Each path is an endpoint of the API, fetched with GET (a listing of links states no method: they are what a
client follows). A concrete query string names query parameters (`?values=ff0000`: `values`, optional). A listed
path whose last segment is the value a sibling entry passes to a query parameter of the parent path (`/v1/ff0000`
beside `/v1/?values=ff0000`) takes that parameter in the path: `/v1/{values}`.
"""

from __future__ import annotations

import re
from typing import Any

from .blocks import Document
from .mention import Mention
from .requests import Target, parse_json, path_key, split_target

_LISTING_KEYS = frozenset({"endpoints", "routes"})
_COMMAND = re.compile(r"^\s*[$%#]\s")
"""A shell prompt's command line (`$ curl https://api.example.com/`) before the response it prints."""
_OUTPUT_MARK = re.compile(r"^(\s*)(?:[\u2190-\u21ff\u2794-\u27bf]|=>|>)\s?")
"""A mark some pages put before each line of a command's output (`➜ {`, `=> {`, `> {`)."""
_LINK = re.compile(r"^(?:https?://[^/\s]+)?/(?!/)\S*$")


def _printed_json(text: str) -> Any:
    """The JSON value a code block prints: the whole block, or what follows its command lines, unmarked."""
    lines = [_OUTPUT_MARK.sub(r"\1", line) for line in text.splitlines() if not _COMMAND.match(line)]
    body = "\n".join(lines)
    start, end = body.find("{"), body.rfind("}")
    return parse_json(body[start : end + 1]) if 0 <= start < end else None


def _listings(value: Any) -> list[dict[str, str]]:
    """The name-to-path objects under a listing key, anywhere in `value`: two or more entries, every one a path."""
    found: list[dict[str, str]] = []
    if isinstance(value, dict):
        for key, member in value.items():
            if (
                str(key).lower() in _LISTING_KEYS
                and isinstance(member, dict)
                and len(member) >= 2
                and all(isinstance(v, str) and _LINK.match(v.strip()) for v in member.values())
            ):
                found.append({str(k): v.strip() for k, v in member.items()})
            else:
                found.extend(_listings(member))
    elif isinstance(value, list):
        for item in value:
            found.extend(_listings(item))
    return found


def _valued_segment(target: Target, siblings: list[Target]) -> Target:
    """`target` with its last segment named after the query parameter a sibling of the parent path passes that
    same value to (`/v1/ff0000` beside `/v1/?values=ff0000` is `/v1/{values}`); else unchanged."""
    parent, _, last = target.path.rstrip("/").rpartition("/")
    if not last or "{" in last or target.query:
        return target
    names = {
        name
        for sibling in siblings
        if path_key(sibling.path) == path_key(parent or "/")
        for name, value, placeholder in sibling.query
        if not placeholder and value == last
    }
    if len(names) != 1:
        return target
    return Target(target.origin, f"{parent}/{{{names.pop()}}}", [])


def listed_endpoints(doc: Document) -> list[Mention]:
    """GET mentions of every path a discovery response printed in `doc` lists, marked as inferred."""
    found: list[Mention] = []
    for section in doc.sections:
        for block in section.blocks:
            if block.kind != "code" or not any(key in block.text for key in _LISTING_KEYS):
                continue
            for listing in _listings(_printed_json(block.text)):
                targets = [split_target(path) for path in listing.values()]
                found.extend(
                    Mention("GET", _valued_segment(t, targets), block.where, "line", inferred=True) for t in targets
                )
    return found
