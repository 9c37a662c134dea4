"""A request line in a sentence that writes a stated route without the prefix the route table gives it: "so
`GET /notifications/one-off` scans the notification stream", where the routes are stated as
`/api/v1/notifications/one-off`, `/api/v1/notifications/pending`...

Prose often shortens a route to the part that names it once the table has given it whole; read as written, the
line is a route of its own the document never states. It is left out where exactly one route stated with the same
method in a route table (a row, not an example URL under a host) ends with that path (segment for segment, under a
longer prefix), the short path is written only in running text (a paragraph with more words than the request
line), and it has at least two segments (a single word such as `/health` may well be a route of its own, served
beside the API's prefix), unless that one segment is a placeholder ("poll `GET /{run_id}` for progress" beside
`GET /admin/runs/{run_id}`): a bare placeholder names no resource of its own, only the one route that ends in it.
"""

from __future__ import annotations

import re

from .blocks import Document
from .mention import Mention

_PLACEHOLDER = re.compile(r"/(?:\{\w+\}|<\w+>|:\w+)")


def _prose_lines(doc: Document) -> set[tuple[str, int | None, int | None]]:
    """(file, page, line) of each paragraph that says more than a request line."""
    return {
        (block.where.file, block.where.page, block.where.line)
        for section in doc.sections
        for block in section.blocks
        if block.kind == "text" and len(block.text.split()) > 4
    }


def drop_short_mentions(doc: Document, mentions: list[list[Mention]]) -> None:
    """Leave out the prose request lines that write a stated route without its prefix (see the module)."""
    prose = _prose_lines(doc)
    every = [m for found in mentions for m in found]
    short: set[int] = set()
    for mention in every:
        path = mention.target.path.rstrip("/")
        if (
            mention.kind != "line"
            or (mention.where.file, mention.where.page, mention.where.line) not in prose
            or (path.count("/") < 2 and not _PLACEHOLDER.fullmatch(path))
        ):
            continue
        if any(
            m.target.path.rstrip("/") == path and (m.where.file, m.where.page, m.where.line) not in prose
            for m in every
            if m.method == mention.method
        ):
            continue  # also stated as a route of its own
        longer = {
            m.target.path.rstrip("/")
            for m in every
            if m.method == mention.method
            and m.target.path.rstrip("/").endswith(path)
            and len(m.target.path.rstrip("/")) > len(path)
        }
        if len(longer) == 1:
            short.add(id(mention))
    if short:
        for found in mentions:
            found[:] = [m for m in found if id(m) not in short]
