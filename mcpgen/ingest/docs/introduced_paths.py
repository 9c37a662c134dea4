"""A list of paths a sentence introduces as endpoints, in a document that states its other routes with methods:

    This API exposes a few standardized discovery endpoints:

    - `/.well-known/openapi.json` — Machine-discoverable OpenAPI JSON.
    - `/.well-known/security.txt` — Security disclosure file.

Each item is a route of the API whose method the list does not say: the one its description names alone, else
GET (a path one is pointed at is fetched). Read only where the structure is plain: the list comes right after a
lead-in that ends with a colon and says the API has the endpoints or routes that follow ("exposes these
endpoints:", "the following routes are available:"; not removed, deprecated or planned ones); every item, two or
more, opens with a path in code; a path the document names elsewhere is left to whatever names it there.
"""

from __future__ import annotations

import re

from .blocks import Document
from .example_paths import listed_paths
from .mention import Mention
from .requests import path_key, split_target

_OFFERING = r"(?:(?:expos|provid|serv|includ)(?:es|e|ed|ing)|(?:offer|support|implement)(?:s|ed|ing)?|has|have)"
_LEAD_IN = re.compile(
    rf"(?i)\b{_OFFERING}\b[^.:]{{0,40}}\b(?:endpoints|routes)\s*:\s*$"  # "This API exposes these endpoints:"
    rf"|\b(?:endpoints|routes)\b[^.:]{{0,20}}\b(?:are|is)\s+(?:available|{_OFFERING})\s*:\s*$"  # "... are available:"
)
"""A lead-in saying the API has the endpoints that follow."""
_NOT_OFFERED = re.compile(
    r"(?i)\b(?:not|no longer|removed|deprecated|unsupported|planned|future|coming|former|old|legacy|internal)\b"
)
_CODED_PATH = re.compile(r"^`/[^`\s]*`")


def introduced_path_lists(doc: Document, mentions: list[list[Mention]]) -> None:
    """Inferred mentions, in the section that lists them, of the paths a lead-in introduces as endpoints."""
    named = {path_key(m.target.path) for found in mentions for m in found}
    for section, found in zip(doc.sections, mentions, strict=True):
        for before, block in zip(section.blocks, section.blocks[1:], strict=False):
            if block.kind != "list" or before.kind != "text" or len(block.items) < 2:
                continue
            lead = " ".join(before.text.split())
            if not _LEAD_IN.search(lead) or _NOT_OFFERED.search(lead):
                continue
            if not all(_CODED_PATH.match(f"{term} {text}".strip()) for term, text in block.items):
                continue
            paths = listed_paths(block)
            if len(paths) != len(block.items) or not all(path for _, path in paths):
                continue
            for method, path in paths:
                target = split_target(path)
                if path_key(target.path) not in named:
                    found.append(Mention(method, target, block.where, "line", inferred=True))
