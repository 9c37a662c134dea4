"""A sentence saying what a resource's writes accept, by name, after the table of its routes:

    Article writes accept: `title, subtitle, slug, content_format (markdown|html|plain), tags`.
    Editors can also set `is_featured`, `is_pinned` and `author`.

"Writes" of a resource are the requests that write one from a body: the create on its collection (`POST
/articles/`) and the updates of one item (`PUT` / `PATCH /articles/{slug}/`). The sentence names the resource (the
singular or plural of the collection's last segment, any case) and lists the fields in code, comma-separated in
one span or each in its own; a field's `(a|b|c)` gives its values. A further sentence of the same paragraph saying
someone "can also set" coded names adds them to the same writes. The sentence says nothing of which are needed,
so none is marked required.

Left alone: a resource no stated collection route names (nothing to give the fields to), the other requests of
the resource (reads, deletes, actions such as `POST /articles/{slug}/publish/`), and a sentence whose verb is not
one of accepting ("Article writes need the `author` role").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .blocks import Section
from .endpoint import Endpoint
from .params import Param

_LEAD = re.compile(
    r"(?:^|(?<=[.!?]\s))(?P<noun>[A-Za-z][\w-]*)\s+(?:writes|create and update requests)\s+"
    r"(?:accept|take)s?\s*:?\s*(?P<list>(?:`[^`]+`(?:\s*(?:,|and)\s*)*)+)"
)
_ALSO = re.compile(r"(?:^|(?<=[.!?]\s))[^.!?]*?\bcan also set\s+(?P<list>(?:`[^`]+`(?:\s*(?:,|and)\s*)*)+)")
_FIELD = re.compile(r"^(?P<name>[A-Za-z_][\w.]*)(?:\s*\((?P<values>[\w-]+(?:\|[\w-]+)+)\))?$")


def _fields(listed: str) -> list[tuple[str, list[str]]]:
    """(name, values) of each field a run of code spans lists; none where an item is not a field name."""
    items = [i.strip() for span in re.findall(r"`([^`]+)`", listed) for i in span.split(",")]
    found = [_FIELD.match(i) for i in items if i]
    if not found or not all(found):
        return []
    return [(m["name"], m["values"].split("|") if m["values"] else []) for m in found if m]


def _writes(noun: str, endpoints: dict[tuple[str, str], Endpoint]) -> list[Endpoint]:
    """The create on the noun's collection and the updates of one of its items."""
    noun = noun.lower()
    names = {noun, noun + "s", noun + "es"}
    chosen = []
    for (method, key), endpoint in endpoints.items():
        segments = key.strip("/").split("/")
        create = method == "POST" and segments[-1].lower() in names
        item = len(segments) >= 2 and segments[-1] == "{}" and segments[-2].lower() in names
        update = method in ("PUT", "PATCH") and item
        if create or update:
            chosen.append(endpoint)
    return chosen


def resource_writes(
    sections: list[Section], endpoints: dict[tuple[str, str], Endpoint]
) -> Iterator[tuple[Endpoint, Param]]:
    """(a write of the resource, a field it accepts) for each sentence listing what a resource's writes accept
    (see the module)."""
    for section in sections:
        for block in (b for b in section.blocks if b.kind == "text"):
            lead = _LEAD.search(block.text)
            if lead is None:
                continue
            writes = _writes(lead["noun"], endpoints)
            fields = _fields(lead["list"])
            for also in _ALSO.finditer(block.text, lead.end()):
                fields += _fields(also["list"])
            for endpoint in writes:
                for name, values in fields:
                    yield endpoint, Param(name, "body", block.where, enum=values, origin="prose")


__all__ = ["resource_writes"]
