"""A full raw request among operations each opened by a block that is only its request line:

    **Cache stats:**
    ```http
    GET /api/cache/stats
    ```

    **Invoke function:**
    ```http
    POST /api/invoke
    Content-Type: application/json

    {"function_name": "sphere", "args": []}
    ```

A list of operations gives most of them a block holding the request line alone and, for one that sends
something, the whole request as it goes on the wire: the request line, its header lines, a blank line and the
body. That block opens its operation just as a lone request line does (as `bodied_heads` reads one without
headers): it states a sibling route, not an example request inside the operation stated above it.
`split_at_request_lines` (layouts.py) opens a section at it, keeping the block (its headers, its body) in that
section. Only a block whose header lines are all `Name: value` and that ends in a body counts: a request line over
headers alone is what an example of the route above may show.
"""

from __future__ import annotations

import re

from .blocks import Block
from .requests import REQUEST_LINE

_HEADER = re.compile(r"\s*[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*\s*:\s*\S.*")
_VERSION = re.compile(r"\s+HTTP/\d(?:\.\d)?$")


def headed_request(block: Block) -> bool:
    """A code block made of one request line (`HTTP/1.1` after it at most), header lines, a blank line, then a
    body."""
    if block.kind != "code":
        return False
    lines = block.text.strip("\n").splitlines()
    first = _VERSION.sub("", lines[0].strip()) if lines else ""
    match = REQUEST_LINE.match(first)
    if match is None or match.end() != len(first):
        return False
    blank = next((i for i, line in enumerate(lines) if not line.strip()), len(lines))
    headers, rest = lines[1:blank], [line for line in lines[blank:] if line.strip()]
    if not headers or not all(_HEADER.fullmatch(line) for line in headers) or not rest:
        return False
    return not any(REQUEST_LINE.match(line.strip()) for line in rest) and not re.match(r"\s*\$", rest[0])
