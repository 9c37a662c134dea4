"""A section that states its routes as those of the section before it with one word replaced:

    ### Motor

    | | HTTP |
    |---|---|
    | Get the motors list | GET /motor/list.json |
    | Get the motors alias list | GET /motor/alias/list.json |
    | Get a register | GET /motor/<motor_name>/register/<register_name> |

    ### Sensor

    Similar to the motor API. You just replace motor by sensor (there is no alias for sensors).

A reference whose resources share one API gives the routes of the first in full and, for the next, only says that
its API is the same with the resource's name put in the other's place. A reader takes that as stating the routes:
each route of the section before that has the replaced word as a path segment, with the word replaced wherever the
path has it (`/motor/<motor_name>` becomes `/sensor/<sensor_name>`), by the same method. What the sentence says
the new resource has none of ("there is no alias", "without alias") is left out: a copy whose path has that
word as a segment or placeholder. The copies take the inputs the routes they copy take, other than the path's
own (which their paths give).

Read only where the structure is plain: the sentence stands in a section that states no route of its own, says
the API is alike ("similar", "same", "identical", "analogous") and names the replacement ("replace `a` by `b`",
"with `a` replaced by `b`"), and the nearest section before it that states routes is its sibling (a heading of
the same level) and has routes with `a` as a whole path segment. A route the document states already is left as
it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from .blocks import Section
from .mention import Mention
from .requests import path_key, split_target

_WORD = r"`?(?P<{0}>[A-Za-z][\w-]*)`?"
_REPLACED = re.compile(
    rf"(?i)\breplac(?:e|ing)\s+(?:the\s+word\s+)?{_WORD.format('a')}\s+(?:by|with)\s+{_WORD.format('b')}"
    rf"|{_WORD.format('a2')}\s+replaced\s+(?:by|with)\s+{_WORD.format('b2')}"
)
_ALIKE = re.compile(r"(?i)\b(?:similar|same|identical|analogous)\b")
_NOT_A_NAME = {"your", "the", "a", "an", "its", "their", "my", "our", "this", "that"}
"""What stands after "replace `a` by" when what follows is a description ("your app name"), not a word."""
_NONE_OF = re.compile(r"(?i)\b(?:no|without)\s+`?(?P<name>[A-Za-z][\w-]*)`?")


def _copied(path: str, word: str, by: str) -> str:
    """`path` with `word` replaced by `by` wherever it stands as a word (a segment, a placeholder's part)."""

    def one(match: re.Match[str]) -> str:
        return by.lower() if match[0].islower() else by

    return re.sub(rf"(?i)(?<![A-Za-z0-9]){re.escape(word)}(?![A-Za-z0-9])", one, path)


def _names(path: str) -> set[str]:
    """The lower-cased segments of a path and the names of its placeholders."""
    return {part.strip("{}<>:").lower() for part in path.split("/") if part}


def replaced_sections(
    sections: list[Section], keys: list[list[tuple[str, str]]], endpoints: dict[tuple[str, str], Any]
) -> Iterator[tuple[Mention, Any]]:
    """(a copied route, the endpoint it copies) for each section stating its routes by replacement."""
    for index, section in enumerate(sections):
        if keys[index]:
            continue
        source = next((j for j in range(index - 1, -1, -1) if keys[j]), None)
        if source is None or sections[source].level != section.level:
            continue
        for block in (b for b in section.blocks if b.kind == "text"):
            text = " ".join(block.text.split())
            said = _REPLACED.search(text)
            if said is None or not _ALIKE.search(text):
                continue
            word, by = (said["a"] or said["a2"]).lower(), said["b"] or said["b2"]
            if by.lower() in _NOT_A_NAME:
                continue
            left_out = {m["name"].lower() for m in _NONE_OF.finditer(text)}
            for key in keys[source]:
                above = endpoints.get(key)
                if above is None or word not in {p.lower() for p in above.path.split("/")}:
                    continue
                path = _copied(above.path, word, by)
                if _names(path) & left_out or (above.method, path_key(path)) in endpoints:
                    continue
                yield Mention(above.method, replace(split_target(path), query=[]), block.where, "line"), above


__all__ = ["replaced_sections"]
