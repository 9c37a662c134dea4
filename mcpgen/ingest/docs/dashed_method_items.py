"""List items that write the path first and then, after a dash, the method in a phrase saying what request it is:

    - /login         - POST request with `username` and `password` to get tokens
    - /token/refresh - POST request to refresh the access token
    - /tokenize      - GET request for `sentence` tokenization

A list of routes may name each one's path and go on in words ("POST request to ..."), the way another page writes
`POST /login - to get tokens`: the path and the method the phrase opens with are the item's request line, so the
item is written `POST /login - POST request with ...` and read as every other request line is (beside the example
calls of the same page too, where a list of bare paths is not read). Only an absolute path opening the item,
followed by a dash and a method in capitals with the word "request" (or nothing) after it, is read so: a path
whose description merely mentions a method ("- /items - lists what a POST request added"), a name that is no path
("- login - method to login") and a method in lower case stay as written."""

from __future__ import annotations

import re
from dataclasses import replace

from .blocks import Block, Document
from .requests import METHODS

_ITEM = re.compile(
    rf"^\s*(?P<path>`?/[^\s`]*`?)\s+[-\u2013\u2014]\s+(?P<rest>(?P<method>{'|'.join(METHODS)})(?:\s+requests?\b.*)?)$",
    re.S,
)


def dashed_method_items(doc: Document) -> Document:
    """`doc` with each list item `/path - METHOD request ...` written `METHOD /path - METHOD request ...`."""
    sections = []
    for section in doc.sections:
        blocks = [_rewritten(b) if b.kind == "list" else b for b in section.blocks]
        sections.append(section if blocks == section.blocks else replace(section, blocks=blocks))
    return replace(doc, sections=sections)


def _rewritten(block: Block) -> Block:
    items = []
    for term, text in block.items:
        match = _ITEM.match(text)
        items.append((term, f"{match['method']} {match['path']} - {match['rest']}" if match else text))
    return replace(block, items=tuple(items)) if tuple(items) != block.items else block
