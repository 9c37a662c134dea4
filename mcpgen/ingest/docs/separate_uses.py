"""One request line documented as two operations, each in a section of its own with a body of its own:

    Create an invoice (incoming)          Pay an invoice (outgoing)
      POST /api/v1/payments                 POST /api/v1/payments
      Body: {"out": false, "amount": ...}   Body: {"out": true, "bolt11": ...}

The route takes either body: its fields are the union of both. A key both bodies send (`out`, the switch that
tells the uses apart) is not thereby required, as it would be where one operation's examples leave other keys out:
each body shows a different use, not what one use may omit. Read only where two or more differently titled sections
of the endpoint each state its request line in a block of their own."""

from __future__ import annotations

from .endpoint import Endpoint
from .requests import path_key, request_lines, split_target


def separate_uses(endpoint: Endpoint) -> bool:
    """Whether differently titled sections of `endpoint` each state its request line in a block (see the module)."""
    key = (endpoint.method, path_key(endpoint.path))
    titles = {
        section.title.strip()
        for section in endpoint.sections
        for block in section.blocks
        if block.kind in ("code", "text")
        and any((m, path_key(split_target(raw).path)) == key for _, m, raw in request_lines(block.text))
    }
    return len(titles) >= 2
