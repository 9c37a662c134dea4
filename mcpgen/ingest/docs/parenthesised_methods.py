"""Request lines that write their method in parentheses before the path, opening a line, an item or a heading:

    * `(GET) /datasources`
    * `(GET) /datasource/{ds}`

    `(POST) /datasource/{ds}/queries`
      Create a new query.

A list of routes may mark each one's method as a parenthesised tag in front of its path, `(GET) /items`, the way
another page writes `GET /items` or `[GET] /items`: the tag and the path are the request line, whatever follows
(a description on the next line, a `>` quote). The line is written as `GET /items` (inside its code span, if it
is in one), so that it is read as every other request line is. Only a single method in parentheses directly
followed by an absolute path, at the start of a line, is read so: a tag in the middle of a sentence ("call it
with (GET) /items"), a tag over no path ("(GET) requests only"), a lower-case word ("(get) /items") and a path
followed by its method in parentheses (`/items (GET)`, `suffixed_methods.py`) stay as written. A method glued
to its path is spaced by `glued.py`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .blocks import Block, Document, retitled
from .requests import METHODS

_TAGGED = re.compile(
    rf"(?m)^(?P<lead>[ \t]*(?:[-*+>][ \t]+)?[*_]{{0,2}}`{{0,2}})\((?P<method>{'|'.join(METHODS)})\)[ \t]+(?P<path>/)"
)


def _untagged(text: str) -> str:
    return _TAGGED.sub(r"\g<lead>\g<method> \g<path>", text) if "(" in text else text


def _tagged(block: Block) -> bool:
    texts = [block.text, *(t for item in block.items for t in item), *(c for row in block.rows for c in row)]
    return any(_TAGGED.search(text) for text in texts)


def parenthesised_request_lines(doc: Document) -> Document:
    """`doc` with each `(GET) /path` opening a line, list item, term or heading written `GET /path` (see the
    module), in the heading paths of the sections under such a heading too."""
    renamed = {s.title: _untagged(s.title) for s in doc.sections if _TAGGED.match(s.title)}
    if not renamed and not any(_tagged(b) for s in doc.sections for b in s.blocks):
        return doc
    sections = [
        replace(s, blocks=[b.rewritten(_untagged) if _tagged(b) else b for b in s.blocks]) for s in doc.sections
    ]
    return retitled(replace(doc, sections=sections), renamed)
