"""A file the server hands out by name, given as a URL on the server's own address written with placeholders:

    Neue M3u8 Liste hinzufügen   #Erstellt eine neue m3u8 Liste (Die via http://<ip>:<port>/<list_name>.m3u8 ...)

The host (and port) are placeholders, so the URL is the reader's own running server, not an example site; the
last segment is a placeholder glued to a file extension (`<list_name>.m3u8`, `{report}.csv`), so the server
answers for any name given there: a route of its own whose path segment carries that name. A URL alone asks for
what it locates, so the method is GET. The URL may sit in prose, a list, a table or a comment in a code block.

Not read: a URL on a named host (`https://example.com/<id>.json`, an outside site or an example), one whose last
segment is literal (`http://<host>:<port>/index.html`, a page, left to the rules for pages), a base URL
(`http://<host>:<port>/api`).
"""

from __future__ import annotations

import re

from .blocks import Document
from .mention import Mention
from .requests import split_target

_HOLE = r"(?:<[A-Za-z_][\w-]*>|\{[A-Za-z_][\w-]*\})"
_URL = re.compile(
    rf"\bhttps?://{_HOLE}(?::(?:\d+|{_HOLE}))?"
    rf"(?P<path>(?:/(?:[\w.~-]+|{_HOLE}))*/{_HOLE}\.[A-Za-z][A-Za-z0-9]{{0,5}})(?![\w/?{{<])"
)


def placeholder_files(doc: Document) -> list[Mention]:
    """A GET for each path of a file-by-name URL on a placeholder host the document writes (see the docstring)."""
    found: list[Mention] = []
    seen: set[str] = set()
    for section in doc.sections:
        for block in section.blocks:
            texts = [block.text, *(t for item in block.items for t in item), *(c for row in block.rows for c in row)]
            for match in (m for text in texts for m in _URL.finditer(text)):
                if match["path"] not in seen:
                    seen.add(match["path"])
                    found.append(Mention("GET", split_target(match["path"]), block.where, "line", inferred=True))
    return found


__all__ = ["placeholder_files"]
