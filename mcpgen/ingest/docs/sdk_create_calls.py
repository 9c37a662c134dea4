"""Routes a page lists with no method, whose requests it shows only as calls of a resource-style client library:
`client.chat.completions.create(model=..., messages=...)` is a request to the route ending `/chat/completions`.
Such libraries (OpenAI's and the clients of servers compatible with it, and many generated SDKs) mirror each
route's path in the chain of attributes before the call, and `create` sends a new thing, a POST.

- A listed route with no method of its own, read as a GET, whose path ends in the segments of such a chain
  before `.create(` is a POST.
- The other method-less routes of the same list, entries of the same kind on the page's one list of its APIs,
  take the same method: each is an API that takes a request to make something, except a route ending in a
  placeholder (`/responses/{response_id}`), one item of a collection, which is read (GET). The same paths
  named again elsewhere with no method are the same POSTs.

A page whose calls match no listed route (`client.models.list()`, `client.files.retrieve(...)`) keeps its reading.
"""

from __future__ import annotations

import re

from .blocks import Document
from .mention import Mention

_CREATE = re.compile(r"\b[A-Za-z_]\w*(?P<chain>(?:\.[a-z_][a-z0-9_]*)+)\.create\s*\(")


def _created(doc: Document) -> set[str]:
    """The path endings (`/chat/completions`) the page's code creates through a client's attribute chain."""
    return {
        "/" + "/".join(match["chain"].strip(".").split("."))
        for section in doc.sections
        for block in section.blocks
        if block.kind == "code"
        for match in _CREATE.finditer(block.text)
    }


def _ends_with(path: str, ending: str) -> bool:
    return path.rstrip("/") == ending or path.rstrip("/").endswith(ending)


def sdk_create_calls(doc: Document, mentions: list[list[Mention]]) -> None:
    """Make POSTs of the method-less routes a client's `.create(` calls reach, and of their list's siblings."""
    endings = _created(doc)
    if not endings:
        return
    guessed = [m for found in mentions for m in found if m.kind == "line" and m.inferred and m.method == "GET"]
    shown = [m for m in guessed if any(_ends_with(m.target.path, e) for e in endings)]
    lists = {(m.where.file, m.where.line) for m in shown}
    for m in guessed:
        sibling = (m.where.file, m.where.line) in lists and not m.target.path.rstrip("/").endswith("}")
        if m in shown or sibling:
            m.method = "POST"
    posted = {m.target.path for m in guessed if m.method == "POST"}
    for m in guessed:  # the same route named again in prose, with no method: the same POST
        if m.method == "GET" and m.target.path in posted:
            m.method = "POST"


__all__ = ["sdk_create_calls"]
