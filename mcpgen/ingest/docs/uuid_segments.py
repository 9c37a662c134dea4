"""Routes written only with concrete UUIDs: ``POST /api/projects/d4ed9405-5568-45ad-99f6-782a9b82d1d2/add_input/``
with no template anywhere. A UUID is never a word of a route, so it is a value: the placeholder of the route the
line states, named after the field the document's JSON gives that same value in (`"uuid": "d4ed9405-..."`), else
as the other UUIDs after the same segments are named, else `{id}`. Where the document writes a placeholder
after the same segments, the line is an example of that template, which other rules fit it to."""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .blocks import Document
    from .mention import Mention

_UUID = re.compile(r"[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}", re.I)
_FIELD_VALUE = re.compile(r'"(?P<key>[A-Za-z_]\w*)"\s*:\s*"(?P<value>[0-9a-fA-F-]{36})"')


def uuid_placeholders(doc: Document, mentions: list[list[Mention]]) -> None:
    """Stated request lines' UUID segments become placeholders (see the module's description)."""
    lines = [m for found in mentions for m in found if m.kind in ("line", "table") and not (m.listed or m.prose)]
    if not any(_UUID.fullmatch(s) for m in lines for s in m.target.path.split("/")):
        return
    held: set[tuple[str, ...]] = set()  # prefixes after which the document writes a placeholder
    for m in (m for found in mentions for m in found):
        segments = m.target.path.split("/")
        held.update(tuple(segments[:i]) for i, s in enumerate(segments) if re.fullmatch(r"\{[^{}]+\}", s))
    fields: dict[str, Counter[str]] = {}
    for block in (b for s in doc.sections for b in s.blocks if b.kind == "code"):
        for match in _FIELD_VALUE.finditer(block.text):
            fields.setdefault(match["value"].lower(), Counter())[match["key"]] += 1
    named: dict[tuple[str, ...], Counter[str]] = {}
    plans: list[tuple[Mention, list[str], list[int]]] = []
    for m in lines:
        segments = m.target.path.split("/")
        spots = [i for i, s in enumerate(segments) if i > 1 and _UUID.fullmatch(s) and tuple(segments[:i]) not in held]
        if not spots:
            continue
        plans.append((m, segments, spots))
        for i in spots:
            if (counter := fields.get(segments[i].lower())) is not None:
                named.setdefault(tuple(segments[:i]), Counter())[counter.most_common(1)[0][0]] += 1
    for m, segments, spots in plans:
        for i in spots:
            counter = fields.get(segments[i].lower()) or named.get(tuple(segments[:i]))
            segments[i] = "{" + (counter.most_common(1)[0][0] if counter else "id") + "}"
        m.target.path = "/".join(segments)
