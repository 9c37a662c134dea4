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
writes no method at all.

A sentence may name the methods instead, and leave the URL to the block below it:

    In your client of choice, you can make either HTTP GET or POST requests to

    ```
    http://localhost:8080/render
    ```

The sentence ends in "requests to" (or "request to", with or without a colon) after the methods it names in
capitals ("GET or POST", "a POST", "GET, PUT and DELETE"), so the block is the URL those requests go to: one request
line of it per method named. A sentence naming no method ("make requests to"), or whose requests go elsewhere than
the end of the sentence ("POST requests to the server return JSON"), is left alone."""

from __future__ import annotations

import re
from dataclasses import replace

from .blocks import Block, Document

_URL_ALONE = re.compile(r"^\s*(?P<url>https?://[^\s/]+/\S*)\s*$")
_CALL_THE_URL = re.compile(
    r"(?i)\b(?:call|open|visit|fetch|request|invoke|hit|query)\s+(?:the\s+(?:following\s+)?|this\s+)?(?:url|uri|address)\s*:\s*$"
)

_METHOD = r"(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)"
_METHODS_REQUESTS_TO = re.compile(
    rf"\b(?P<methods>`?{_METHOD}`?(?:\s*(?:,|/|\bor\b|\band\b|,\s*(?:or|and)\b)\s*`?{_METHOD}`?)*)\s+"
    r"(?i:requests?|calls?)\s+(?i:to)\s*:?\s*$"
)


def _called(before: Block | None, block: Block) -> Block:
    if before is None or before.kind != "text":
        return block
    match = _URL_ALONE.fullmatch(block.text.strip("\n"))
    if match is None:
        return block
    if _CALL_THE_URL.search(before.text.strip()):
        return replace(block, text=f"GET {match['url']}", lang="")
    said = _METHODS_REQUESTS_TO.search(before.text.strip())
    if said is None:
        return block
    methods = list(dict.fromkeys(re.findall(_METHOD, said["methods"])))
    return replace(block, text="\n".join(f"{method} {match['url']}" for method in methods), lang="")


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
