"""A shell command that opens a server's page in the browser, in a document whose curl commands call that server:

    ```bash
    curl -X POST "http://localhost:8000/signup?email=a@example.com"
    curl "http://localhost:8000/tasks"
    open "http://localhost:8000/tasks/dashboard"
    ```

`open` (macOS) and `xdg-open` (Linux) hand a URL to the browser, which fetches it with GET: a walk-through that
calls a server with curl and then opens one of its URLs shows a page that server serves, a GET route of it as much
as the curl calls are its other routes. The method is not written, so the mention is inferred.

Read only where the URL is one of the document's server's: its origin (scheme, host and port) is that of a curl
command somewhere in the document's code. An `open` of another site (the project's home page, a hosted
documentation page) or of a local file, and an `open` in a document that calls no server with curl, are left.
"""

from __future__ import annotations

import re

from .blocks import Document
from .mention import Mention
from .requests import split_target

_OPEN = re.compile(r"^\s*(?:\$\s+)?(?:xdg-)?open\s+[\"']?(?P<url>https?://[^\s\"']+)[\"']?\s*$")
_CURL_URL = re.compile(r"\bcurl\b[^\n]*?[\"']?(?P<url>https?://[^\s\"'/]+)")
_ORIGIN = re.compile(r"^https?://[^/?#\s]+")


def opened_pages(doc: Document) -> list[Mention]:
    """A GET (inferred) for each `open URL` line of the document's code whose origin a curl command calls."""
    blocks = [b for section in doc.sections for b in section.blocks if b.kind == "code"]
    called = {m["url"].lower() for b in blocks for m in _CURL_URL.finditer(b.text)}
    found: list[Mention] = []
    for block in blocks:
        for line in block.text.splitlines():
            match = _OPEN.match(line)
            origin = _ORIGIN.match(match["url"]) if match else None
            if match and origin and origin.group(0).lower() in called:
                found.append(Mention("GET", split_target(match["url"]), block.where, "line", inferred=True))
    return found


__all__ = ["opened_pages"]
