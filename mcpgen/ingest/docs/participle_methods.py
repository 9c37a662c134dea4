"""Route items whose sentence names the method as a verb: `` * `/parser/<format>` parses `POST`ed file ``.

Some route lists give no method column, heading or request line: each bullet starts with a path and a sentence
says what the route does, and for the routes that receive something the sentence says how it is sent by using
the method's name as a verb, "parses `POST`ed file", "compares POSTed reference and hypothesis", "stores the
`PUT` document". The method word glued to a verb ending (`POST`ed, PUTs, POSTing) is the method of that item's
route. An item that names none, in a section that shows a curl of its path, takes the curl's method: the
list item states the route, the command under it shows it used. An item that names more than one is left to the
other rules. Only top-level items that start with the path are read: a path inside a sentence is a reference.
"""

from __future__ import annotations

import re

from .blocks import Document
from .mention import Mention, endpoint_key
from .owners import section_owners
from .requests import METHODS, path_key, split_target

_ROUTE_ITEM = re.compile(r"^[*`\[]*(?P<path>/[^\s`*\]]*)[`*\]]*\s+(?P<rest>\S.*)$", re.S)
_VERBED = re.compile(rf"(?<![\w-])`?(?P<method>{'|'.join(METHODS)})`?-?(?:ed|d|s|ing)\b")
"""A method's name as a verb: `POST`ed, POSTed, POST-ed, `PUT`s, POSTing."""


def participle_routes(
    doc: Document, mentions: list[list[Mention]], owners: list[tuple[str, str] | None]
) -> list[tuple[str, str] | None]:
    """Add the route of each path item whose sentence names one method as a verb; the sections' owners, found
    again when any was added."""
    added = False
    for section, found in zip(doc.sections, mentions, strict=True):
        for block in (b for b in section.blocks if b.kind == "list"):
            for term, text in block.items:
                match = _ROUTE_ITEM.match(text.strip()) if not term else None
                named = {m["method"] for m in _VERBED.finditer(match["rest"])} if match else set()
                if match and not named:  # `` * `/parser/` returns ... `` over its `curl -X GET .../parser/`
                    key = path_key(split_target(match["path"]).path)
                    named = {m.method for m in found if m.kind == "curl" and path_key(m.target.path) == key}
                if len(named) != 1:
                    continue
                mention = Mention(named.pop(), split_target(match["path"]), block.where, "line")
                if endpoint_key(mention) not in {endpoint_key(m) for f in mentions for m in f if m.kind != "curl"}:
                    found.append(mention)
                    added = True
    return section_owners(doc.sections, mentions) if added else owners
