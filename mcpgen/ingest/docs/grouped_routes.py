"""Route items under a heading that names their method: `## POST routes`, then bullets that are paths alone.

Some documents split their routes by method with headings (`## GET routes`, `## POST routes`, `### POST
endpoints`) and list each route under them as a bullet that starts with its path, in code or not, with a
description after it or under it (`` * `/v1/users/new` `` then "Creates a user with following elements:" and a
nested list). The heading is the only place the method is said, and it says it for every route item below it,
in its own section and in the sections under it. Only top-level items that start with a path are routes: the
items nested under one are what it takes, and a path inside a sentence is a reference. Routes the extractor
already read from these items with a guessed method take the heading's method instead.
"""

from __future__ import annotations

import re

from .blocks import Document
from .mention import Mention
from .owners import section_owners
from .params import Param
from .requests import METHODS, path_key, split_target

_METHOD_GROUP = re.compile(
    rf"^(?:the\s+)?(?P<method>{'|'.join(METHODS)})\s+(?:endpoints?|requests?|routes?|methods?|operations?|calls?|apis?)$",
    re.I,
)
_ROUTE_ITEM = re.compile(r"^[*`\[]*(?P<path>/[^\s`*\]]*)[`*\]]*(?:\s*[:\-\u2013\u2014]?\s+\S.*)?$", re.S)


def grouped_routes(
    doc: Document, mentions: list[list[Mention]], owners: list[tuple[str, str] | None]
) -> list[tuple[str, str] | None]:
    """Give the route items under a method heading that method (adding those not yet read); the sections'
    owners, found again when anything was added."""
    added = False
    for section, found in zip(doc.sections, mentions, strict=True):
        named = [m["method"].upper() for t in section.path if (m := _METHOD_GROUP.match(t.strip(" `*#")))]
        if not named:
            continue
        method = named[-1]  # the nearest heading that names one
        for block in (b for b in section.blocks if b.kind == "list"):
            for term, text in block.items:
                match = _ROUTE_ITEM.match(text.strip()) if not term else None
                if match is None or match["path"] == "/":
                    continue
                target = split_target(match["path"])
                same = [m for m in found if m.target.path == target.path]
                for mention in (m for m in same if m.inferred):
                    mention.method = method
                if not same:
                    found.append(Mention(method, target, block.where, "line", inferred=True))
                    added = True
    return section_owners(doc.sections, mentions) if added else owners


_BARE_NAME = re.compile(r"`?[A-Za-z_][\w-]*`?")
_WRITES = ("POST", "PUT", "PATCH")


def named_elements(doc: Document, routes: dict[tuple[str, str], object]) -> list[tuple[tuple[str, str], Param]]:
    """((method, path key), body field) for the names listed under a route item that leads into them: a top-level
    item starting with the path of a route that writes (POST, PUT, PATCH) and ending with a colon ("Creates a
    user with following elements:"), then nested items that are each a name alone (`login`, `password`). The
    route sends them; the list says nothing of which it needs, so none is required. Nested items that are more
    than a name (`"path"="path/to/file"`, a sentence) are no such list."""
    found = []
    for block in (b for s in doc.sections for b in s.blocks if b.kind == "list"):
        for index, (term, text) in enumerate(block.items):
            match = _ROUTE_ITEM.match(text.strip()) if not term else None
            if match is None or not text.rstrip().endswith(":"):
                continue
            key = path_key(split_target(match["path"]).path)
            writes = [(m, key) for m in _WRITES if (m, key) in routes]
            names = []
            for sub_term, sub_text in block.items[index + 1 :]:
                if not sub_term:
                    break
                names.append(sub_text.strip())
            if len(writes) != 1 or len(names) < 2 or not all(_BARE_NAME.fullmatch(n) for n in names):
                continue
            found.extend((writes[0], Param(n.strip("`"), "body", block.where, False, origin="list")) for n in names)
    return found
