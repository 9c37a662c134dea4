"""A list of an operation's status codes whose precondition statuses name the header they test:

    * ``200 OK``: The request was processed
    * ``304 Not Modified``: Collection did not change since value in ``If-None-Match`` header
    * ``412 Precondition Failed``: Collection changed since value in ``If-Match`` header

304 Not Modified and 412 Precondition Failed are the answers to a conditional request (RFC 9110, section 13): they
come only when the request carried a precondition header, so the header such an item names is one the request
may send (optional: without it the operation answers as usual). A header another status names ("``429``: see the
``Retry-After`` header") is the answer's, and is left alone."""

from __future__ import annotations

import re

from .blocks import Block
from .params import Param

_PRECONDITION_ITEM = re.compile(
    r"^[`*_\s]*(?:304|412)\b[^:\u2013\u2014-]*(?::|\s[-\u2013\u2014])\s*(?P<rest>.*)$", re.S
)
_HEADER = re.compile(r"[`*]*(?P<name>[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)+)[`*]*\s+(?:request\s+)?header\b")


def precondition_headers(block: Block) -> list[Param]:
    """The request headers the precondition status items of a list name."""
    found: list[Param] = []
    for term, text in block.items if block.kind == "list" else ():
        match = _PRECONDITION_ITEM.match(f"{term} {text}".strip())
        headers = _HEADER.finditer(match["rest"]) if match else ()
        found.extend(Param(h["name"], "header", block.where, False, origin="prose") for h in headers)
    return found
