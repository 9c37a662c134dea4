"""A bullet list of the API's paths without methods, most of them routes the document states elsewhere: a
"Capabilities" list of `` `/health` and `/ready` endpoints for monitoring ``, `` `/api/jobs` for tracking job
state ``, `` `/api/scheduler/jobs` for managing recurring jobs ``.

Where three items or more open with a path in code and all but one of those paths are routes the document states
with a method, the list is a list of the API's routes, and the one path it names that is stated nowhere else is a
route too: the list puts it among the others. Its method is not said, so it is GET (a path one is pointed at is
fetched), as for other lists of paths. A list whose coded paths are mostly not routes (files, folders, pages) gives
nothing, nor does one with two unstated paths or more (it may list another thing's paths)."""

from __future__ import annotations

import re

from .blocks import Document
from .mention import Mention
from .requests import path_key, split_target

_ITEM_PATHS = re.compile(r"^`(?P<first>/[^`\s]*)`(?:\s+(?:and|or|,)\s+`(?P<second>/[^`\s]*)`)?")
_STATED = 3


def known_path_lists(doc: Document, mentions: list[list[Mention]]) -> None:
    """An inferred GET mention, in its section, of the one unstated path of a list of mostly stated routes."""
    stated = {path_key(m.target.path) for found in mentions for m in found if not m.inferred}
    for section, found in zip(doc.sections, mentions, strict=True):
        for block in (b for b in section.blocks if b.kind == "list"):
            paths = []
            for term, text in block.items:
                match = _ITEM_PATHS.match(f"{term} {text}".strip())
                paths += [p for p in (match["first"], match["second"]) if p] if match else []
            fresh = [p for p in dict.fromkeys(paths) if path_key(split_target(p).path) not in stated]
            if len(paths) - len(fresh) < _STATED or len(fresh) != 1 or not fresh[0].strip("/"):
                continue
            found.append(Mention("GET", split_target(fresh[0]), block.where, "line", inferred=True))
