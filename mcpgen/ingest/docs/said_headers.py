"""A header a paragraph (or list item) says its routes take, after naming them: "**Intents**: `POST
/rooms/{rid}/rename`, `PUT /rooms/{rid}/name`, `DELETE /rooms/{rid}`. `If-Match` is optional and honours the
revision."

The sentence names the header in code, with a header's shape (capitalised words joined by hyphens: `If-Match`,
`Idempotency-Key`, `X-Request-Id`), and says it "is optional" or "is required": a statement about the requests the
same paragraph lists (methods joined before one request line, `` `POST`/`DELETE /x[/y]` ``, each on the path
before any optional bracketed tail), so each of them takes that header, needed as said. A header named without
such a verdict ("retain the `ETag`", "returns `If-Match` ..."), a paragraph naming no route, and a single-word
name (`Accept`, which could be any word in code) are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .blocks import Document
from .endpoint import Endpoint
from .method_pairs import leading_methods
from .params import Param
from .requests import METHODS, path_key, split_target

_ROUTE = re.compile(rf"`(?P<method>{'|'.join(METHODS)})\s+(?P<path>/[^`\s]*)`")
_VERDICT = re.compile(
    r"(?<![\w-])`(?P<name>[A-Z][A-Za-z0-9]*(?:-[A-Z][A-Za-z0-9]*)+)`\s+(?:header\s+)?(?:is|are)\s+"
    r"(?:always\s+|entirely\s+)?(?P<need>optional|required|mandatory)\b"
)


def said_headers(doc: Document, endpoints: dict[tuple[str, str], Endpoint]) -> Iterator[tuple[Endpoint, Param]]:
    """(endpoint, header) for each route of a paragraph that says a header is optional or required."""
    for section in doc.sections:
        for block in section.blocks:
            if block.kind not in ("text", "list"):
                continue
            for written in (block.text, *(t for item in block.items for t in item)):
                text = " ".join(written.split())
                verdicts = list(_VERDICT.finditer(text))
                if not verdicts:
                    continue
                routes = [(m["method"], m["path"]) for m in _ROUTE.finditer(text)] + leading_methods(text)
                keys = [(method, path_key(split_target(path).path)) for method, path in routes]
                keys += [(method, path_key(split_target(path.split("[")[0]).path)) for method, path in routes]
                for endpoint in [endpoints[key] for key in dict.fromkeys(keys) if key in endpoints]:
                    for verdict in verdicts:
                        needed = verdict["need"] != "optional"
                        yield endpoint, Param(verdict["name"], "header", block.where, needed, origin="prose")
