"""A coded path a sentence says the package does not support: "`xpublish-edr` does not currently support the
`/collections/{collectionId}/query` path template described in the spec. Instead the path resource appears as
`/{dataset_id}/edr/{query}`."

A page that writes its routes as code in sentences (`mentions.coded_templates`) names, in the same way, a path of
a standard or of another implementation to say it is not served: no route of the page. Read only when the sentence
says so of the path itself ("does not (currently, yet) support the `/x`", "`/x` is not supported"); a sentence
about what a route does not support ("`/x` does not support paging") keeps its route.
"""

from __future__ import annotations

import re

from .blocks import Document
from .file_system_paths import without_files
from .mention import Mention

_UNSUPPORTED = re.compile(
    r"\b(?:does|do)\s+not\s+(?:currently\s+|yet\s+)?(?:support|implement|serve|provide)\s+(?:the\s+)?"
    r"`(?P<path>/[^`\s]*)`"
    r"|`(?P<subject>/[^`\s]*)`\s+(?:path\s+|route\s+|endpoint\s+)?(?:is|are)\s+not\s+(?:currently\s+|yet\s+)?"
    r"(?:supported|implemented|served|provided)\b"
)


def unsupported(doc: Document) -> set[str]:
    """The coded paths sentences of `doc` say are not supported."""
    found: set[str] = set()
    for block in (b for s in doc.sections for b in s.blocks if b.kind in ("text", "list")):
        texts = [block.text] if block.kind == "text" else [f"{t} {d}" for t, d in block.items]
        found.update(m["path"] or m["subject"] for text in texts for m in _UNSUPPORTED.finditer(text))
    return found


def without_unsupported(doc: Document, coded: list[list[Mention]]) -> list[list[Mention]]:
    """`coded` (each section's coded paths) without the paths `doc` says are not supported, nor the paths of
    the file system it names (`file_system_paths`)."""
    coded = without_files(coded)  # "Create a file ``/etc/app.yml``": where a file goes, no route
    if not (denied := unsupported(doc)):
        return coded
    return [[m for m in found if m.target.path not in denied] for found in coded]
