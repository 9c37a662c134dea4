"""A shell command that opens a server's page in the browser, in a document whose curl commands call that server:

    ```bash
    curl -X POST "http://localhost:8000/signup?email=a@example.com"
    curl "http://localhost:8000/tasks"
    open "http://localhost:8000/tasks/dashboard"
    ```

`open` (macOS) and `xdg-open` (Linux) hand a URL to the browser, which fetches it with GET: a walk-through that
calls a server with curl and then opens one of its URLs shows a page that server serves, a GET route of it as much
as the curl calls are its other routes. The method is not written, so the mention is inferred.

Read only where the URL is one of the routes of the document's API: its origin (scheme, host and port) is that of
a curl command somewhere in the document's code, and its path opens with a segment a curl command's path on that
origin opens with too (`/tasks/dashboard` beside `curl .../tasks`: the page sits among the API's routes). An
`open` of another site, of the server's root or its interactive documentation (`/docs` beside calls under
`/vault/`), of a page outside the API's routes (`/ctrl/api_test.html` beside calls under `/api/`), and an `open`
in a document that calls no server with curl, are left.

So is an `open` whose path carries a credential from the shell (`open "http://localhost:5173/ui/t/$AUTH_TOKEN"`, a
variable named a token, key, secret or password): it shows how to sign the browser in by putting the secret in the
URL, an illustration of the document's authentication, not a route whose segment is a value to choose.
"""

from __future__ import annotations

import re

from .blocks import Document
from .mention import Mention
from .requests import split_target

_OPEN = re.compile(r"^\s*(?:\$\s+)?(?:xdg-)?open\s+[\"']?(?P<url>https?://[^\s\"']+)[\"']?\s*$")
_CURL_URL = re.compile(r"\bcurl\b[^\n]*?[\"']?(?P<url>https?://[^\s\"'\\]+)")
_SECRET_SEGMENT = re.compile(r"(?i)/\$\{?[A-Z_][A-Z0-9_]*(?:TOKEN|KEY|SECRET|PASSWORD)\}?(?=/|$|\?)")
_FIRST = re.compile(r"^(?P<origin>https?://[^/?#\s]+)/(?P<segment>[^/?#\s]+)")


def _first(url: str) -> tuple[str, str] | None:
    match = _FIRST.match(url)
    return (match["origin"].lower(), match["segment"]) if match else None


def opened_pages(doc: Document) -> list[Mention]:
    """A GET (inferred) for each `open URL` line of the document's code among the routes its curl commands call."""
    blocks = [b for section in doc.sections for b in section.blocks if b.kind == "code"]
    joined = [b.text.replace("\\\n", " ") for b in blocks]  # a curl command continued over lines
    called = {_first(m["url"]) for text in joined for m in _CURL_URL.finditer(text)} - {None}
    found: list[Mention] = []
    for block in blocks:
        for line in block.text.splitlines():
            match = _OPEN.match(line)
            if match and _first(match["url"]) in called and not _SECRET_SEGMENT.search(match["url"]):
                found.append(Mention("GET", split_target(match["url"]), block.where, "line", inferred=True))
    return found


__all__ = ["opened_pages"]
