"""A header a paragraph (or list item) says its routes take, after naming them: "**Intents**: `POST
/rooms/{rid}/rename`, `PUT /rooms/{rid}/name`, `DELETE /rooms/{rid}`. `If-Match` is optional and honours the
revision."

The sentence names the header in code, with a header's shape (capitalised words joined by hyphens: `If-Match`,
`Idempotency-Key`, `X-Request-Id`), and says it "is optional" or "is required": a statement about the requests the
same paragraph lists (methods joined before one request line, `` `POST`/`DELETE /x[/y]` ``, each on the path
before any optional bracketed tail), so each of them takes that header, needed as said. A header named without
such a verdict ("retain the `ETag`", "returns `If-Match` ..."), a paragraph naming no route, and a single-word
name (`Accept`, which could be any word in code) are left alone.

The verdict may come first, with the request as the subject: "The request header may contain `X-sessionid` and must
contain `Content-Length`" ("may" an optional header, "must" a required one), in a list item that states its route
as a path in code with its method in brackets after it (`` `/query/` (POST) - Content body ... ``). Headers a client
sets itself (`Content-Length`, `Content-Type`) are no argument of the request, and are left out, and so is what
"the response headers may contain" (the answer's).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .blocks import Document
from .endpoint import Endpoint
from .method_pairs import leading_methods
from .params import Param
from .requests import METHODS, STANDARD_HEADERS, path_key, split_target

_ROUTE = re.compile(rf"`(?P<method>{'|'.join(METHODS)})\s+(?P<path>/[^`\s]*)`")
_VERDICT = re.compile(
    r"(?<![\w-])`(?P<name>[A-Z][A-Za-z0-9]*(?:-[A-Z][A-Za-z0-9]*)+)`\s+(?:header\s+)?(?:is|are)\s+"
    r"(?:always\s+|entirely\s+)?(?P<need>optional|required|mandatory)\b"
)

_BRACKETED = re.compile(rf"`(?P<path>/[^`\s]*)`\s*\((?P<method>{'|'.join(METHODS)})\)")
"""`` `/query/` (POST) ``: a path in code, its method in brackets after it."""
_HEADER_NAME = r"`(?P<name>[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)+|X-[a-z][a-z0-9]*(?:-[a-z0-9]+)*)`"
_CONTAINS = re.compile(
    r"(?:\brequest(?:s|\s+headers?)?|(?<!response\s)(?<!reply\s)\bheaders?)\s+(?P<need>may|can|must|should|shall)\s+"
    rf"(?:(?:also|always)\s+)?(?:contain|include|carry|send|set|have)\s+(?:an?\s+|the\s+)?{_HEADER_NAME}",
    re.I,
)
_AND_NEED = re.compile(
    rf"\s+and\s+(?P<need>may|can|must|should|shall)\s+(?:(?:also|always)\s+)?(?:contain|include|carry|send|set|have)"
    rf"\s+(?:an?\s+|the\s+)?{_HEADER_NAME}"
)


def _contained(text: str) -> list[tuple[str, bool]]:
    """(header, required) for each header "the request header may / must contain" names, and the ones an "and must
    contain `...`" joins to it."""
    found = []
    for match in _CONTAINS.finditer(text):
        found.append((match["name"], match["need"].lower() in ("must", "shall")))
        rest = text[match.end() :]
        while joined := _AND_NEED.match(rest):
            found.append((joined["name"], joined["need"].lower() in ("must", "shall")))
            rest = rest[joined.end() :]
    return [(name, needed) for name, needed in found if name.lower() not in STANDARD_HEADERS]


def said_headers(doc: Document, endpoints: dict[tuple[str, str], Endpoint]) -> Iterator[tuple[Endpoint, Param]]:
    """(endpoint, header) for each route of a paragraph that says a header is optional or required."""
    for section in doc.sections:
        for block in section.blocks:
            if block.kind not in ("text", "list"):
                continue
            for written in (block.text, *(t for item in block.items for t in item)):
                text = " ".join(written.split())
                verdicts = [(v["name"], v["need"] != "optional") for v in _VERDICT.finditer(text)] + _contained(text)
                if not verdicts:
                    continue
                routes = [(m["method"], m["path"]) for m in _ROUTE.finditer(text)] + leading_methods(text)
                routes += [(m["method"], m["path"]) for m in _BRACKETED.finditer(text)]
                keys = [(method, path_key(split_target(path).path)) for method, path in routes]
                keys += [(method, path_key(split_target(path.split("[")[0]).path)) for method, path in routes]
                for endpoint in [endpoints[key] for key in dict.fromkeys(keys) if key in endpoints]:
                    for name, needed in verdicts:
                        yield endpoint, Param(name, "header", block.where, needed, origin="prose")
