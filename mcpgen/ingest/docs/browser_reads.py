"""A sentence that tells the reader to open a URL of the API's own server in a browser to get something from it:

    Open in browser http://localhost:5000 to get API status and version.

    Open in browser http://localhost:5000/healthy to get DB connection status.

A browser opening a URL sends GET, and "to get ..." says what the server answers there: the URL is a read of the
service, an operation like the ones the document shows with curl, though it writes no method for it. The URL must
be on the server the document's example requests go to (the same scheme, host and port as one of its curl
commands), so a page of another site ("open https://example.com in your browser to get a token") is no route of
the API; a sentence that opens a URL to see or use a page ("to see the dashboard") says nothing of an answer and is
left, as is a URL with a query or fragment.
"""

from __future__ import annotations

import re

from .blocks import Document
from .mention import Mention
from .requests import parse_curl, split_target

_OPEN = re.compile(
    r"(?i)\bopen\s+(?:it\s+)?in\s+(?:your\s+|the\s+|a\s+)?browser:?\s+<?(?P<url>https?://[\w.:\[\]-]+(?:/[\w./-]*)?)>?"
    r"\s+to\s+get\b"
)


def browser_reads(doc: Document) -> list[Mention]:
    """A GET for each URL of the API's own server a sentence opens in a browser to get something (see the
    module)."""
    origins = {
        request.target.origin.rstrip("/")
        for section in doc.sections
        for block in section.blocks
        if block.kind == "code" and "curl" in block.text
        for request in parse_curl(block.text)
    }
    found: list[Mention] = []
    for section in doc.sections:
        for block in (b for b in section.blocks if b.kind == "text"):
            for match in _OPEN.finditer(block.text):
                url = match["url"].rstrip(".")
                origin = re.match(r"https?://[^/]+", url)[0]
                if origin not in origins:
                    continue
                path = url[len(origin) :] or "/"
                found.append(Mention("GET", split_target(path), block.where, "line", inferred=True))
    return found


__all__ = ["browser_reads"]
