"""A table of the pages to open on the development server, in a document whose routes all sit under one prefix:

    Open:

    | Page          | URL                                   |
    |---------------|---------------------------------------|
    | Order list    | http://127.0.0.1:8000/shop/orders/    |
    | Dashboard     | http://127.0.0.1:8000/shop/dashboard/ |
    | Admin         | http://127.0.0.1:8000/admin/          |

An app's README, once the server runs, lists the URLs to open in the browser; the browser fetches each with GET, so
each is a page the server serves. Those under the prefix every route the document states opens with (`/shop/`: the
app's mount) are pages of the app, GET routes of it as much as its stated routes are, whether or not the document's
route list repeats them (the method is not written, so the mention is inferred). A page outside that prefix
(`/admin/`: the host project's, or a framework's own) is not the app's, and is left.

Read only where the structure is plain: the paragraph right before the table tells the reader to open or visit
them ("Open:", "Visit these pages:"); the table has a column of names and a column of URLs, three rows or more,
each URL on a local development server (`localhost`, `127.0.0.1`, `0.0.0.0`, one origin for all); and the
document states other routes, all under one first path segment.
"""

from __future__ import annotations

import re

from .blocks import Document
from .mention import Mention
from .requests import path_key, split_target

_OPEN = re.compile(r"(?i)^\W*(?:open|visit|browse(?:\s+to)?|go\s+to|navigate\s+to)\b[^.]{0,60}:\s*$")
_URL_COLUMN = re.compile(r"(?i)^[*_]*(?:urls?|links?|address(?:es)?)[*_]*$")
_LOCAL_URL = re.compile(r"^[`<]?(?P<url>https?://(?:localhost|127\.0\.0\.1|0\.0\.0\.0)(?::\d+)?/[^\s`>]*)[`>]?$")


def _segment(path: str) -> str:
    return path.strip("/").split("/")[0]


def opened_page_tables(doc: Document, mentions: list[list[Mention]]) -> None:
    """Add a GET (inferred) for each page of a table of pages to open (see the module) under the prefix all the
    document's routes share, unless a route of the document has that path already."""
    paths = [m.target.path for found in mentions for m in found]
    segments = {_segment(path) for path in paths}
    if len(segments) != 1 or not next(iter(segments)):
        return
    (prefix,) = segments
    known = {path_key(path) for path in paths}
    for section, found in zip(doc.sections, mentions, strict=True):
        for before, block in zip(section.blocks, section.blocks[1:], strict=False):
            if before.kind != "text" or not _OPEN.match(before.text.strip()) or block.kind != "table":
                continue
            if not block.header or len(block.rows) < 4 or len(block.rows[0]) != 2:
                continue
            if not _URL_COLUMN.match(block.rows[0][1].strip()):
                continue
            urls = [_LOCAL_URL.match(row[1].strip()) if len(row) == 2 else None for row in block.rows[1:]]
            if not all(urls) or len({split_target(m["url"]).origin for m in urls if m}) != 1:
                continue
            for match in urls:
                assert match is not None
                target = split_target(match["url"])
                if _segment(target.path) == prefix and path_key(target.path) not in known:
                    known.add(path_key(target.path))
                    found.append(Mention("GET", target, block.where, "line", prose=True, inferred=True))


__all__ = ["opened_page_tables"]
