"""Routes stated only as requests of one example schema (`### GET /api/Tags/1`, `### HEAD /api/Tags`,
`### DELETE /api/Projects/1/Tags/1`), on a page that writes no path template anywhere: the capitalised names
(the example's models, `Tags`, `Projects`, `Photo`) are placeholders for any model, and the numbers after them
the ids of their instances.

A segment is such a name when it is a capitalised word (`Tags`, `UserGroups`) after a lower-case prefix or an
id, and the stated routes show two or more different names at that place (the same prefix, the same shape), or
it follows the id of such a model's instance.
The placeholders are named in the page's words: a route holding one model is `{model}` (or the noun the page
uses for them: "a declared model", "each resource"); a route holding several takes the quoted names its
sections give them ("the instance 1 of 'dao_factory'": the name of the model whose instance that id is, the
other quoted name for the other model), else `{model}`, `{model2}`. The first id is `{id}`; a later one is
named as its model's name qualifies the first's (`associated_dao_factory` beside `dao_factory`:
`{associated_id}`), else `{id2}`."""

from __future__ import annotations

import re
from collections import defaultdict
from typing import TYPE_CHECKING

from .blocks import Document

if TYPE_CHECKING:
    from .mention import Mention

_NAME = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z]+)*")
_ID = re.compile(r"\d+")
_NOUN = re.compile(r"(?i)\b(model|resource|collection|entity|table)s?\b")
_QUOTED = re.compile(r"['\"`](?P<name>[a-z][a-z0-9]*(?:_[a-z0-9]+)+|[a-z]+)['\"`]")
_OF = r"\binstance\s+{value}\s+of\s+['\"`](?P<name>[a-z][\w]*)['\"`]"


def _shape(segments: list[str]) -> tuple[str, ...]:
    return tuple("N" if _NAME.fullmatch(s) else "#" if _ID.fullmatch(s) else s for s in segments)


def example_schema_routes(doc: Document, mentions: list[list[Mention]]) -> None:
    """Rewrite the stated routes (and the requests showing exactly them) of a page of example-schema routes."""
    stated = [m for found in mentions for m in found if m.kind in ("line", "table") and not m.prose]
    if not stated or any("{" in m.target.path for found in mentions for m in found):
        return
    # the names seen at each place (the prefix before it, names and ids as their kind)
    seen: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for m in stated:
        segments = m.target.path.split("/")
        for k in range(2, len(segments)):
            if _NAME.fullmatch(segments[k]) and (segments[k - 1].islower() or _ID.fullmatch(segments[k - 1])):
                seen[_shape(segments[:k])].add(segments[k])
    places = {shape for shape, names in seen.items() if len(names) >= 2}
    for shape in list(seen):  # a name after the id of a model's instance is a model too (`/Projects/1/Tags`)
        if shape[-2:] == ("N", "#") and shape[:-2] in places:
            places.add(shape)
    if not places or not any(_ID.fullmatch(s) for m in stated for s in m.target.path.split("/")):
        return
    rewritten: dict[str, str] = {}
    for m in stated:
        segments = m.target.path.split("/")
        models = [k for k in range(2, len(segments)) if _NAME.fullmatch(segments[k]) and _shape(segments[:k]) in places]
        if models:
            rewritten[m.target.path] = "/".join(_named(doc, mentions, segments, models))
    if not rewritten:
        return
    for found in mentions:
        for m in found:
            if m.target.path in rewritten:
                m.target.path = rewritten[m.target.path]


def _named(doc: Document, mentions: list[list[Mention]], segments: list[str], models: list[int]) -> list[str]:
    names = _model_names(doc, mentions, segments, models)
    out = list(segments)
    first_id = ""
    for index, k in enumerate(models):
        out[k] = "{" + names[index] + "}"
        if k + 1 < len(out) and _ID.fullmatch(out[k + 1]):
            if not first_id:
                first_id = "id"
                out[k + 1] = "{id}"
            else:
                qualifier = names[index][: -len(names[0])] if names[index].endswith("_" + names[0]) else ""
                out[k + 1] = "{" + (f"{qualifier}id" if qualifier else f"id{index + 1}") + "}"
    return out


def _model_names(doc: Document, mentions: list[list[Mention]], segments: list[str], models: list[int]) -> list[str]:
    """The names the page gives the models of routes of this many models."""
    texts = [
        " ".join(b.text for b in doc.sections[i].blocks if b.kind == "text")
        for i, found in enumerate(mentions)
        if any(sum(1 for s in m.target.path.split("/") if _NAME.fullmatch(s)) == len(models) for m in found)
    ]
    if len(models) == 1:
        nouns = [m.group(1).lower() for text in texts for m in _NOUN.finditer(text)]
        return [nouns[0] if nouns else "model"]
    for text in texts:
        quoted = list(dict.fromkeys(q.group("name") for q in _QUOTED.finditer(text)))
        if len(quoted) != len(models):
            continue
        names: list[str | None] = [None] * len(models)
        for index, k in enumerate(models):  # "the instance 1 of 'dao_factory'": whose instance that id is
            if k + 1 < len(segments) and _ID.fullmatch(segments[k + 1]):
                named = re.search(_OF.format(value=re.escape(segments[k + 1])), text)
                if named and named.group("name") in quoted and named.group("name") not in names:
                    names[index] = named.group("name")
        rest = [q for q in quoted if q not in names]
        if names.count(None) == len(rest):
            return [n if n is not None else rest.pop(0) for n in names]
    return ["model" if not i else f"model{i + 1}" for i in range(len(models))]
