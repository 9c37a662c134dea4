"""The body of a PUT on a named resource, shown as the resource under a heading of its own.

A page that serves `PUT /_admin/scenario` ("Read or replace the scenario") and, in a section headed "Failure
scenarios" that states no request of its own, shows one JSON object, is showing what a scenario is: the
representation that PUT replaces, so its body. The resource is the path's last segment, a word with no
placeholder; the heading must name it (singular or plural), exactly one section may, and that section must hold
exactly one JSON object and name no endpoint. Nothing in such a section says a key must be sent, so none is
required. A PUT with a body of its own (fields or an example) keeps it; a POST is left alone (what it creates is
not always what it is sent).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

from .blocks import Document, Section
from .endpoint import Endpoint
from .mention import Mention
from .requests import parse_json_lines

_WORD = re.compile(r"[A-Za-z][A-Za-z]*(?:[-_][A-Za-z]+)*")


def shown_representations(
    doc: Document, endpoints: Iterable[Endpoint], mentions: list[list[Mention]]
) -> Iterator[tuple[Endpoint, dict[str, Any]]]:
    """(PUT endpoint, the JSON object its resource's section shows) for each PUT of `doc` the module's docstring
    describes."""
    for endpoint in endpoints:
        if endpoint.method != "PUT" or endpoint.where.file != doc.file:
            continue
        segment = endpoint.path.rstrip("/").rsplit("/", 1)[-1]
        if not _WORD.fullmatch(segment):
            continue
        headed = [s for s, found in zip(doc.sections, mentions, strict=True) if not found and _names(s, segment)]
        if len(headed) != 1:
            continue
        values = [v for b in headed[0].blocks if b.kind == "code" for v in parse_json_lines(b.text)]
        if len(values) == 1 and isinstance(values[0], dict) and values[0]:
            yield endpoint, values[0]


def _names(section: Section, word: str) -> bool:
    """A section's heading names `word` as a word of its own, singular or plural."""
    word = word.lower().replace("_", "-")
    forms = {word, f"{word}s", f"{word}es"} | ({f"{word[:-1]}ies"} if word.endswith("y") else set())
    return any(w in forms for w in re.findall(r"[a-z]+(?:-[a-z]+)*", section.title.lower().replace("_", "-")))
