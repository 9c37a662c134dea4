"""A header written in code beside a request line, in the same paragraph:

    `POST /api/orders/` + header `Idempotency-Key: unique-key`
    ```json
    { "title": "..." }
    ```

The coded `Name: value` is a header line as a raw request writes it, joined to the request line ("+ header", in
any language): the request sends that header. A paragraph holding one request line and a coded `Name: value`
whose name is a header's (words joined by hyphens, each capitalised: `Idempotency-Key`, `X-Request-Id`) gives
the route that header, not said to be required. A `key: value` pair in lower case (a YAML or JSON member), or
a paragraph of two request lines (which one sends it?), gives nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .blocks import Document
from .endpoint import Endpoint
from .params import Param
from .requests import path_key, request_lines, split_target

_HEADER = re.compile(r"`(?P<name>[A-Z][A-Za-z0-9]*(?:-[A-Z][A-Za-z0-9]*)+)\s*:\s*[^`\s][^`]*`")


def line_headers(doc: Document, endpoints: dict[tuple[str, str], Endpoint]) -> Iterator[tuple[Endpoint, Param]]:
    """(endpoint, header) for each coded header line in a paragraph with one request line of a stated route."""
    for section in doc.sections:
        for block in (b for b in section.blocks if b.kind == "text"):
            lines = request_lines(block.text)
            if len(lines) != 1 or not (names := _HEADER.findall(block.text)):
                continue
            _, method, target = lines[0]
            endpoint = endpoints.get((method, path_key(split_target(target).path)))
            if endpoint is None:
                continue
            for name in names:
                yield endpoint, Param(name, "header", block.where, False, origin="prose")
