"""A header written in code beside a request line, in the same paragraph:

    `POST /api/orders/` + header `Idempotency-Key: unique-key`
    ```json
    { "title": "..." }
    ```

The coded `Name: value` is a header line as a raw request writes it, joined to the request line ("+ header", in
any language): the request sends that header. A paragraph holding one request line in code and, a few joining
words after it, a coded `Name: value` whose name is a header's (words joined by hyphens, each capitalised:
`Idempotency-Key`, `X-Request-Id`) gives the route that header, not said to be required. A header further on in
the sentence ("... and answers `401` with a `WWW-Authenticate: Basic` header": what comes back), a `key: value`
pair in lower case (a YAML or JSON member), or a paragraph of two request lines (which one sends it?) gives
nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .blocks import Document
from .endpoint import Endpoint
from .params import Param
from .requests import METHODS, path_key, request_lines, split_target

_HEADER = r"`(?P<name>[A-Z][A-Za-z0-9]*(?:-[A-Z][A-Za-z0-9]*)+)\s*:\s*[^`\s][^`]*`"
_JOINED = re.compile(rf"`(?:{'|'.join(METHODS)})\s+/[^`]*`[^`.;:,\n]{{0,24}}?{_HEADER}")
"""The request line in code, then a few joining words ("+ header", "with"), then the header line in code."""


def line_headers(doc: Document, endpoints: dict[tuple[str, str], Endpoint]) -> Iterator[tuple[Endpoint, Param]]:
    """(endpoint, header) for each coded header line in a paragraph with one request line of a stated route."""
    for section in doc.sections:
        for block in (b for b in section.blocks if b.kind == "text"):
            lines = request_lines(block.text)
            if len(lines) != 1 or not (names := [m["name"] for m in _JOINED.finditer(block.text)]):
                continue
            _, method, target = lines[0]
            endpoint = endpoints.get((method, path_key(split_target(target).path)))
            if endpoint is None:
                continue
            for name in names:
                yield endpoint, Param(name, "header", block.where, False, origin="prose")
