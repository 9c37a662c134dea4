"""A list of labelled paths under the API's stated base path, with no method, in a page that writes its routes
with their methods:

    Base URL: `/api/`
    ...
    ## Interactive docs
    - Swagger UI: `/api/schema/swagger-ui/`
    - OpenAPI schema: `/api/schema/`

The base says where the API is served, so a path under it is a page the API serves (its interactive docs, its
schema), fetched by reading it: a GET route, though the list names no method. Only a list whose every item is a
short label and one coded path under the base (the base stated in a labelled line or a sentence, `prefixes.py`)
counts, in a page stating two routes or more under that base; a path elsewhere (a file `/etc/app.conf`, a route
beside the API) or an item with words after its path (a note about it) gives nothing.
"""

from __future__ import annotations

import re

from .blocks import Document
from .endpoint import Endpoint
from .labelled_base_paths import labelled_path
from .mention import Mention
from .prefixes import stated_prefix
from .requests import METHODS, split_target

_ITEM = re.compile(r"(?P<label>[^\W\d_][^:`\n]{0,40}?)\s*:\s*`(?P<path>/[\w.~{}-]+(?:/[\w.~{}-]+)*/?)`\s*\.?")
_METHOD = re.compile(r"\b(?:" + "|".join(METHODS) + r")\b")


def base_path_items(doc: Document, endpoints: dict[tuple[str, str], Endpoint]) -> list[Mention]:
    """A GET for each item's path of a list of labelled paths under the page's stated base path."""
    prefix = labelled_path(doc) or stated_prefix(doc)
    if not prefix or sum(path.startswith(prefix + "/") for _, path in endpoints) < 2:
        return []
    found: list[Mention] = []
    for section in doc.sections:
        for block in (b for b in section.blocks if b.kind == "list" and len(b.items) >= 2):
            matches = [_ITEM.fullmatch(" ".join(text.split())) for _, text in block.items]
            paths = [m["path"] for m in matches if m is not None and not _METHOD.search(m["label"])]
            if len(paths) != len(block.items) or not all(
                p.rstrip("/") == prefix or p.startswith(prefix + "/") for p in paths
            ):
                continue
            found.extend(Mention("GET", split_target(p), block.where, "line", inferred=True) for p in paths)
    return found
