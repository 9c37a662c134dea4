"""A route template ending with a placeholder, and the short paths the page calls things of that placeholder's kind:

    For `/position`, `/area`, and `/cube`, the server needs to know the dataset's CRS.
    Instead the path resource appears as `/{dataset_id}/edr/{query}`.
    ### Supported Queries
    [8.2.1 Position query](...)
    [8.2.3 Area query](...)

A page that writes its routes as code in sentences (`mentions.coded_templates`) may state one template whose last
segment is a placeholder (`{query}`) and elsewhere name its values short, as paths of one segment (`/position`,
`/area`), each of which it calls a thing of that kind ("Position query", "Area query": the value's word, then the
placeholder's name). The short paths are then the template's values: the routes are the template with each value
in its place (`/{dataset_id}/edr/position`), in the method each short path is named with ("`POST` is supported on
`/position` and `/area`": `POST /{dataset_id}/edr/position`), and the template itself, stated for them, is no
route of its own. Read only for one such template on the page and two values at least, each called a thing of
its kind somewhere in the page's text or headings; a short path that is not (`/health`) stays a route as written.
"""

from __future__ import annotations

import re

from .blocks import Document
from .mention import Mention
from .requests import split_target

_TRAILING = re.compile(r"^(?P<head>(?:/[^/{}]*|/\{[^/{}]+\})*/[^/{}]+)/\{(?P<name>[A-Za-z]\w*)\}$")
_SHORT = re.compile(r"^/(?P<value>[A-Za-z][\w-]*)$")


def _words(doc: Document) -> str:
    texts = [s.title for s in doc.sections]
    for block in (b for s in doc.sections for b in s.blocks if b.kind in ("text", "list", "table")):
        texts += [block.text, *(t for item in block.items for t in item), *(c for row in block.rows for c in row)]
    return " ".join(" ".join(texts).split()).lower()


def placeholder_kinds(doc: Document, coded: list[list[Mention]]) -> list[list[Mention]]:
    """`coded` (each section's coded paths) with the short paths put in the place of the trailing placeholder
    they are values of, and that template left out (see the module docstring)."""
    found = [m for ms in coded for m in ms]
    templates = {(m.target.path, t["head"], t["name"]) for m in found if (t := _TRAILING.match(m.target.path))}
    if len({path for path, _, _ in templates}) != 1:
        return coded
    path, head, name = templates.pop()
    words = _words(doc)
    values = {
        m.target.path
        for m in found
        if (short := _SHORT.match(m.target.path)) and f"{short['value'].lower()} {name.lower()}" in words
    }
    if len(values) < 2:
        return coded
    kept: list[list[Mention]] = []
    for ms in coded:
        kept.append([])
        for m in ms:
            if m.target.path == path:
                continue
            if m.target.path in values:
                m.target = split_target(head + m.target.path)
            kept[-1].append(m)
    return kept
