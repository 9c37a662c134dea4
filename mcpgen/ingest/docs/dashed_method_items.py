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
("- login - method to login") and a method in lower case stay as written.

The phrase may name several methods, joined by commas and "and"/"or", before "requests", and a reStructuredText
list writes its dash doubled (`--`) and its path in code, a placeholder of two words in angle brackets kept whole:

    * ``/api/<model name>/`` -- GET and POST requests
    * ``/api/<model name>/<primary key>/`` -- GET, PUT and DELETE requests

Each method so named is a request of the path (one item each, in the phrase's order): the item states the
methods the route takes, as `GET, PUT /x` would. A run of methods needs the word "requests" after it, so an item
whose dash opens a sentence that names methods in passing ("- /x -- GET or POST to it is logged") is not read."""

from __future__ import annotations

import re
from dataclasses import replace

from .blocks import Block, Document
from .requests import METHODS

_METHOD = "|".join(METHODS)
_ITEM = re.compile(
    rf"^\s*(?P<path>`?/[^\s`]*`?)\s+[-\u2013\u2014]\s+(?P<rest>(?P<method>{_METHOD})(?:\s+requests?\b.*)?)$",
    re.S,
)
_RUN_ITEM = re.compile(
    rf"^\s*(?P<path>`/(?:[^\s`<]|<[\w-]+(?: [\w-]+)?>)*`|/[^\s`]*)\s+(?:[-\u2013\u2014]|--)\s+"
    rf"(?P<rest>(?P<run>(?:{_METHOD})(?:\s*(?:,|,?\s+and|,?\s+or)\s+(?:{_METHOD}))+)\s+requests?\b.*)$",
    re.S,
)
"""Several methods before "requests", the dash single or doubled, the path in code possibly holding a placeholder
of two words (`<model name>`)."""


def dashed_method_items(doc: Document) -> Document:
    """`doc` with each list item `/path - METHOD request ...` written `METHOD /path - METHOD request ...`, one item
    for each method of a run (`/path -- GET and POST requests`)."""
    sections = []
    for section in doc.sections:
        blocks = [_rewritten(b) if b.kind == "list" else b for b in section.blocks]
        sections.append(section if blocks == section.blocks else replace(section, blocks=blocks))
    return replace(doc, sections=sections)


def _rewritten(block: Block) -> Block:
    items = []
    for term, text in block.items:
        run = _RUN_ITEM.match(text)
        if run:
            methods = re.findall(_METHOD, run["run"])
            items.extend((term, f"{method} {run['path']} - {run['rest']}") for method in methods)
            continue
        match = _ITEM.match(text)
        items.append((term, f"{match['method']} {match['path']} - {match['rest']}" if match else text))
    return replace(block, items=tuple(items)) if tuple(items) != block.items else block
