"""A code block holding one full URL alone, under a sentence that tells the reader to call that URL:

    To get the tokens, the user must call the URL:

    ```
    http://ip:8082//oauth/token?grant_type=password&username=<user>&password=<password>&client_id=ioBroker
    ```

What a URL alone is called with is GET (what a browser, `curl` or `wget` sends for it): the block is read as that
request (`GET http://ip:8082//oauth/token?...`), and its query's names are the route's query parameters, as on any
request line. The sentence right before the block must end in a colon and tell the reader to call, open, visit,
fetch or request "the URL" (or "this URL", "the following URL"); a URL alone under any other sentence (a setting's
value, a link to a project, "the server is now running at:") is left as it is, as is a block of several lines
(`curl_paragraphs`, `called_urls` and the path-list rules read those) and a page's `called_urls` where the page
writes no method at all."""

from __future__ import annotations

import re
from dataclasses import replace

from .blocks import Block, Document

_URL_ALONE = re.compile(r"^\s*(?P<url>https?://[^\s/]+/\S*)\s*$")
_CALL_THE_URL = re.compile(
    r"(?i)\b(?:call|open|visit|fetch|request|invoke|hit|query)\s+(?:the\s+(?:following\s+)?|this\s+)?(?:url|uri|address)\s*:\s*$"
)


def _called(before: Block | None, block: Block) -> Block:
    if before is None or before.kind != "text" or not _CALL_THE_URL.search(before.text.strip()):
        return block
    match = _URL_ALONE.fullmatch(block.text.strip("\n"))
    return replace(block, text=f"GET {match['url']}", lang="") if match else block


def called_url_blocks(doc: Document) -> Document:
    """`doc` with each code block of a URL alone, under a sentence telling the reader to call the URL, as its GET."""
    sections = [
        replace(
            s,
            blocks=[
                _called(s.blocks[i - 1] if i else None, b) if b.kind == "code" else b for i, b in enumerate(s.blocks)
            ],
        )
        for s in doc.sections
    ]
    return replace(doc, sections=sections)
