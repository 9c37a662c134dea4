"""A list of what can be read where, each item a few words naming the data and the paths in code that give it:

    Additional fields are only available in the detailed views. For example:

    - Playbooks arguments with `/api/v1/playbooks/<id>`
    - Hosts facts with `/api/v1/hosts/<id>` or `/api/v1/latesthosts`

The lead-in says the items are there to be had ("available", "can be found", "can be read", "are shown"), and each
item says where: the data ("Hosts facts"), then "with", "at", "in", "from", "via" or "through" and one path or
several joined by "or". Pointing a reader at a path for something to see is a read of it, GET (the method is not
written, so the mention is inferred), as "can be read via `/x`" is (`read_sentences`).

Read only where the structure is plain: the list comes right after a lead-in ending with a colon that says its
items are available; every item, two or more, is such a phrase ending with its coded paths, naming no method;
every path is absolute and the paths share their first segment (one API's routes, not files on a disk:
`/etc/app.conf`, `/var/log` are left). A path the section names already is left to whatever names it there.
"""

from __future__ import annotations

import re

from .blocks import Block, Section
from .mention import Mention
from .requests import METHODS, path_key, split_target

_AVAILABLE = re.compile(
    r"(?i)\b(?:available|obtainable|accessible|exposed|(?:found|read|seen|shown|retrieved|fetched|viewed)\b)"
    r"[^:]{0,60}:\s*$"
)
"""A lead-in saying the items after it are there to be had ("... available in the detailed views. For example:")."""
_PATH = r"`(/[^`\s]+)`"
_ITEM = re.compile(
    rf"^[A-Za-z][\w' -]{{0,50}}?\s+(?:with|at|in|from|via|through)\s+(?:the\s+)?{_PATH}"
    rf"(?:\s*(?:,|or|and|,\s*or)\s+{_PATH})*\s*\.?$"
)
"""An item naming what is there and the paths that give it: "Hosts facts with `/hosts/<id>` or `/latesthosts`"."""
_METHOD_WORD = re.compile(r"\b(?:" + "|".join(METHODS) + r")\b")
_FILE_ROOTS = frozenset({"etc", "usr", "var", "home", "tmp", "opt", "dev", "proc", "sys", "bin", "srv", "mnt", "root"})


def available_paths(lead: Block, block: Block) -> list[str]:
    """The paths a list of what-is-where items gives (see the module), in order; [] when it is no such list."""
    if lead.kind != "text" or block.kind != "list" or len(block.items) < 2:
        return []
    if not _AVAILABLE.search(" ".join(lead.text.split())):
        return []
    paths: list[str] = []
    for term, text in block.items:
        item = " ".join(f"{term} {text}".split())
        if term or not _ITEM.match(item) or _METHOD_WORD.search(item):
            return []
        paths += re.findall(_PATH, item)
    firsts = {path.split("/")[1] for path in paths}
    if len(firsts) != 1 or firsts & _FILE_ROOTS:
        return []
    return list(dict.fromkeys(paths))


def available_lists(section: Section, found: list[Mention]) -> None:
    """Add `GET path` to a section's mentions for each path a list of what-is-where items gives (see the module),
    unless the section names that path already."""
    for lead, block in zip(section.blocks, section.blocks[1:], strict=False):
        for path in available_paths(lead, block):
            target = split_target(path)
            if all(path_key(m.target.path) != path_key(target.path) for m in found):
                found.append(Mention("GET", target, block.where, "line", prose=True, inferred=True))


__all__ = ["available_lists", "available_paths"]
