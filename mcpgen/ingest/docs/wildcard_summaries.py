"""A request line whose path ends in a wildcard segment, `POST /api/actions/*`, beside the routes it stands for:
a comment in a file tree (`actions.py  # POST /api/actions/*`) or a line of an overview saying which family of
routes a module serves, not a route of its own.

The `*` is no part of any path a client sends: it says "every route under here". Read as written, the line gives
a request on the bare prefix (`POST /api/actions/`), which the document never states. It is left out where the
document states, with the same method, a route under that prefix (`POST /api/actions/rotate`): the wildcard then
summarises those. A wildcard no stated route falls under (a catch-all a server really answers, `GET /static/*`
alone) is read as before."""

from __future__ import annotations

import re

from .blocks import Document
from .mention import Mention
from .requests import METHODS

_METHOD = "|".join(METHODS)
_WILDCARD = re.compile(
    rf"(?:^|(?<=[`*\s(|\[]))(?P<method>{_METHOD})[ \t]+`?(?P<prefix>/[^\s`*|\"']*/)\*(?=$|[\s`),.;|])", re.M
)


def drop_wildcard_summaries(doc: Document, mentions: list[list[Mention]]) -> None:
    """Leave out the request lines on a wildcard's prefix that summarise routes the document states under it."""
    said: set[tuple[str, str, str, int | None]] = set()
    for section in doc.sections:
        for block in section.blocks:
            texts = [cell for row in block.rows for cell in row] if block.kind == "table" else [block.text]
            texts += [f"{term} {text}" for term, text in block.items] if block.kind in ("list", "deflist") else []
            for text in texts:
                for match in _WILDCARD.finditer(text):
                    line = block.where.line
                    if block.kind == "code" and line is not None:
                        line += text.count("\n", 0, match.start())
                    said.add((match["method"], match["prefix"], block.where.file, line))
    if not said:
        return
    stated = [(m.method, m.target.path) for found in mentions for m in found]
    summaries = {
        key
        for key in said
        if any(method == key[0] and path.startswith(key[1]) and len(path) > len(key[1]) for method, path in stated)
    }
    for found in mentions:
        found[:] = [m for m in found if (m.method, m.written, m.where.file, m.where.line) not in summaries]
