"""A sentence that tells the reader to open a URL of the API's own server in a browser to get something from it:

    Open in browser http://localhost:5000 to get API status and version.

    Open in browser http://localhost:5000/healthy to get DB connection status.

A browser opening a URL sends GET, and "to get ..." says what the server answers there: the URL is a read of the
service, an operation like the ones the document shows with curl, though it writes no method for it. The URL must
be on the server the document's example requests go to (the same scheme, host and port as one of its curl
commands), so a page of another site ("open https://example.com in your browser to get a token") is no route of
the API; a sentence that opens a URL to see or use a page ("to see the dashboard") says nothing of an answer and is
left, as is a URL with a query or fragment.

To visit a URL is to open it in a browser, so the same sentence reads with that verb, the URL often in code:

    Visit ``http://127.0.0.1:8000/watchman/dashboard/`` to get a human-friendly HTML representation.

And a "try it out" list names each page a browser is sent to before its URL, with no purpose clause:

    2. Visit the json endpoint in your browser: http://127.0.0.1:8000/watchman/
    5. Visit bare status in your browser: http://127.0.0.1:8000/watchman/bare/

Such a line says nothing of an answer, so it is read only where its path is under the first segment of a route the
document's example requests use on that server (`/watchman/` of `curl http://127.0.0.1:8000/watchman/`): a page of
the API's own family, not its admin site or its docs. Sentences and list items are read alike.
"""

from __future__ import annotations

import re

from .blocks import Document
from .mention import Mention
from .requests import parse_curl, split_target

_URL = r"`?<?(?P<url>https?://[\w.:\[\]-]+(?:/[\w./-]*)?)>?`?"
_OPEN = re.compile(
    r"(?i)\b(?:open\s+(?:it\s+)?in\s+(?:your\s+|the\s+|a\s+)?browser:?|visit)\s+" + _URL + r"\s+to\s+get\b"
)
_VISIT_NAMED = re.compile(
    r"(?i)\bvisit\s+(?:[\w'-]+\s+){1,6}?in\s+(?:your\s+|the\s+|a\s+)?browser\s*:\s*" + _URL + r"(?=[\s.,;)]*$)"
)


def browser_reads(doc: Document) -> list[Mention]:
    """A GET for each URL of the API's own server a sentence opens in a browser to get something (see the
    module)."""
    requests = [
        request
        for section in doc.sections
        for block in section.blocks
        if block.kind == "code" and "curl" in block.text
        for request in parse_curl(block.text)
    ]
    origins = {request.target.origin.rstrip("/") for request in requests}
    heads = {(request.target.origin.rstrip("/"), _head(request.target.path)) for request in requests}
    found: list[Mention] = []
    for section in doc.sections:
        for block in (b for b in section.blocks if b.kind in ("text", "list")):
            texts = [block.text] if block.kind == "text" else [item for _, item in block.items]
            for text in texts:
                for match, named in [(m, False) for m in _OPEN.finditer(text)] + [
                    (m, True) for m in _VISIT_NAMED.finditer(text)
                ]:
                    url = match["url"].rstrip(".")
                    origin = re.match(r"https?://[^/]+", url)[0]
                    path = url[len(origin) :] or "/"
                    if origin not in origins or (named and (origin, _head(path)) not in heads):
                        continue
                    found.append(Mention("GET", split_target(path), block.where, "line", inferred=True))
    return found


def _head(path: str) -> str:
    """The first segment of a path (`watchman` of `/watchman/ping/`), "" for the root."""
    return path.strip("/").split("/", 1)[0].split("?", 1)[0]


__all__ = ["browser_reads"]
