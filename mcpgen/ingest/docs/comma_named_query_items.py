"""Query parameters a section lists under a label, each item its name, a comma, then what it does, in a section that
gives its routes under a URL label (`labelled_url_paths`):

    URL:
    - /point/{SRID}/{x},{y}
    - /point/{SRID}/{x},{y}/box
    Optional query parameters:
    - type, to restrict results to a particular area type or types;
    - generation, to return results for a previous generation (children only).

A name written as an identifier (lower case, underscores) and run into its description by a comma ("generation, to
return ...") is the parameter the item describes, as `generation: to return ...` would be; the label says where it
goes (the query) and whether it must be sent ("Optional"). The paragraph right after the label may be one such item
on its own, for a section of one route: a lone sentence after several routes ("simplify_tolerance, a parameter to
simplify the polygons returned") may be meant for some of them only, and a reader cannot tell which. The section
describes its routes together, so each route takes the parameters, except where an item limits itself to some of
them by a parenthesis ending in "only" (`(children only)`): then only to the routes whose last literal segment it
names, and to none where it names none of them (`(name lookups only)` names a kind of lookup, not a route the
reader can tell). An item that opens with a word and a comma in a sentence (`Note, this is ...`, a capitalised
word) or a label not naming the query is left to the other rules.
"""

from __future__ import annotations

import re

from .blocks import Section
from .labelled_url_paths import labelled_paths
from .params import Param

_LABEL = re.compile(r"(?i)^\s*(?P<optional>optional\s+)?query\s+(?:string\s+)?(?:parameters|params|arguments)\s*:?\s*$")
_ITEM = re.compile(r"^\s*(?P<name>[a-z][a-z0-9]*(?:_[a-z0-9]+)*),\s+(?P<rest>(?:to|a|an|the|which|for)\b.*)$", re.S)
_ONLY = re.compile(r"\((?P<scope>[^()]*?)\s+only\)", re.I)


def _items(section: Section, *, alone: bool) -> list[Param]:
    """The comma-named items the section lists right after a query label (or writes there as the one paragraph,
    for a section of one route `alone`)."""
    found: list[Param] = []
    for before, block in zip(section.blocks, section.blocks[1:], strict=False):
        label = _LABEL.match(before.text) if before.kind == "text" else None
        if label is None:
            continue
        texts = [text for _, text in block.items] if block.kind == "list" else [block.text]
        if block.kind != "list" and not (block.kind == "text" and alone):
            continue
        for text in texts:
            if match := _ITEM.match(text):
                required = False if label["optional"] else None
                rest = match["rest"].strip()
                found.append(Param(match["name"], "query", block.where, required, description=rest, origin="list"))
    return found


def _last_literal(path: str) -> str:
    segments = [s for s in path.strip("/").split("/") if s and "{" not in s]
    return segments[-1].lower() if segments else ""


def comma_named_query_items(section: Section, paths: list[str]) -> list[tuple[str, Param]]:
    """(path, parameter) for each route of `paths` (the section's) that a comma-named query item applies to, in
    a section that gives its routes under a URL label."""
    if not paths or not labelled_paths(section):
        return []
    found: list[tuple[str, Param]] = []
    for param in _items(section, alone=len(paths) == 1):
        scope = _ONLY.search(param.description)
        named = set(re.findall(r"[a-z_]+", scope["scope"].lower())) if scope else set()
        found.extend((path, param) for path in paths if scope is None or _last_literal(path) in named)
    return found


__all__ = ["comma_named_query_items"]
