"""Fields a route table row says some callers also send, in its description: `POST /comments/` |
"`{article, content}` (guests also send `author_name`, `author_email`)".

"Also send" names inputs of the row's request beyond those the cell sketches, sent by some of its callers only
(guests, admins): body fields of a request that carries one (POST, PUT, PATCH), optional. Read only where the
verb is "send" with "also" before it and the names follow in code, joined by commas or "and"; a row whose request
carries no body ("readers also send `If-None-Match`": a GET), and a sentence of sending without "also" ("it sends
`email` to the subscriber"), give nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .blocks import Section
from .endpoint import Endpoint
from .params import Param, valid_name
from .requests import path_key, split_target
from .row_cells import row_requests

_ALSO_SEND = re.compile(r"(?i)\balso\s+sends?\s+(?P<list>`[^`]+`(?:\s*(?:,|\band\b)\s*`[^`]+`)*)")
_BODIED = {"POST", "PUT", "PATCH"}


def also_sent(sections: list[Section], endpoints: dict[tuple[str, str], Endpoint]) -> Iterator[tuple[Endpoint, Param]]:
    """(the row's request, a field some of its callers also send) for each route table row saying so."""
    for section in sections:
        for block in (b for b in section.blocks if b.kind == "table"):
            for row in block.body_rows:
                named = row_requests(row)
                keys = [(m, path_key(split_target(raw).path)) for found in named for _, m, raw in found]
                requests = [endpoints[k] for k in keys if k in endpoints and k[0] in _BODIED]
                for cell in (c for c, found in zip(row, named, strict=True) if not found):
                    for match in _ALSO_SEND.finditer(cell):
                        names = [n for n in re.findall(r"`([^`]+)`", match["list"]) if valid_name(n)]
                        for endpoint in requests:
                            for name in names:
                                yield endpoint, Param(name, "body", block.where, False, origin="prose")


__all__ = ["also_sent"]
