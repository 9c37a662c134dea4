"""A section that opens by naming its route under a label in one line, then shows it only by example requests:

    Index detail
    ------------

    Endpoint: ``/:index-name/``

    ``DELETE`` requests will delete the index:

        $ curl -X DELETE localhost:8000/photos/

The label (`Endpoint:`, `URL:`, `Route:`, `Path:`) says the path beside it is the section's route; an example
request in the same section whose path fits it segment for segment (its literal segments equal, a value where the
route has a placeholder) is a call of that route, even one made of placeholders alone (`/{index-name}/`), which a
template stated elsewhere on the page could not claim so safely. An example that does not fit the label's route
(another length, another literal word) stays as it is, and so does every request of a section without such a line.

A sentence of such a section that opens with methods used as verbs or as the requests' kind ("``POST`` or ``PUT``
a JSON object with a ``metadata`` key", "``DELETE`` requests will delete the index") states the labelled route with
each of them, where no example shows it; a method named further into a sentence ("see the ``POST`` above") is not.
Both are read for a route with a placeholder only: a literal route's examples already name it as written.
"""

from __future__ import annotations

import re

from .blocks import Block, Document
from .mention import Mention
from .requests import METHODS, split_target

_LABELLED = re.compile(r"(?i)^\s*(?:endpoint|url|uri|route|path)\s*:\s*[`*]*(?P<path>/[^\s`*]*)[`*]*\s*$")


_METHOD = rf"`*(?:{'|'.join(METHODS)})`*"
_OPENING = re.compile(rf"^\s*(?P<methods>{_METHOD}(?:\s*(?:,|\bor\b|\band\b)\s*{_METHOD})*)\s+(?:requests?\b|an?\s+\w)")


def _segments(path: str) -> list[str]:
    return path.rstrip("/").split("/")


def _fits(template: list[str], segments: list[str]) -> bool:
    return len(template) == len(segments) and all(
        (t.startswith("{") and t.endswith("}") and s) or t == s for t, s in zip(template, segments, strict=True)
    )


def labelled_section_routes(doc: Document, mentions: list[list[Mention]]) -> None:
    """Rewrite the example requests of each section opened by a labelled route to that route when they fit it."""
    for section, found in zip(doc.sections, mentions, strict=True):
        texts = [b.text for b in section.blocks if b.kind == "text"]
        match = _LABELLED.match(texts[0]) if texts else None
        if match is None:
            continue
        route = split_target(match["path"]).path
        template = _segments(route)
        if not any(s.startswith("{") for s in template):
            continue
        for mention in found:
            if mention.kind in ("curl", "http") and _fits(template, _segments(mention.target.path)):
                mention.target.path = route
        shown = {m.method: m for m in found if m.target.path == route}
        said: dict[str, Block] = {}
        for block in (b for b in section.blocks if b.kind == "text"):
            for sentence in re.split(r"(?<=[.!?])\s+", block.text):
                if (opening := _OPENING.match(sentence)) is not None:
                    said.update(dict.fromkeys(re.findall(rf"\b(?:{'|'.join(METHODS)})\b", opening["methods"]), block))
        if any(method not in shown for method in said):  # (stated so, the examples shown are calls of the lines)
            lines = {m: shown[m].where for m in shown} | {m: b.where for m, b in said.items() if m not in shown}
            found.extend(Mention(m, split_target(route), where, "line") for m, where in lines.items())
