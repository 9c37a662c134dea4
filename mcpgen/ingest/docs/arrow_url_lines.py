"""A code block that opens with a full URL and an arrow, what it answers after the arrow:

    ```
    http://IP:8082/state/system.adapter.web.0.alive =>
    {"val":true,"ack":true,"ts":1606831924559}
    ```

    ```
    http://IP:8082/vis-2.0/javascript.picture.png =>
    [IMAGE]
    ```

The arrow (`=>`, `->`, `→`) reads "this request gives that": the line before it is a request written as its URL
alone, and a URL alone asks for what it locates, with GET (what a browser, `curl` or `wget` sends for it). The
block is read as that request (`GET http://IP:8082/...`), and what follows the arrow, on the line or below it, as
a block of its own (the answer, never a body of the request).

Only a first line that is an absolute `http(s)` URL and the arrow is read: a line that writes a method before the
URL (`[POST] http://host/x => true`) is a request line already and is left as it is, as is a URL with no arrow (a
link, a setting's value) and an arrow after anything else (`x => x + 1`, a function)."""

from __future__ import annotations

import re
from dataclasses import replace

from .blocks import Block, Document

_ARROW_URL = re.compile(r"^\s*(?P<url>https?://[^\s/]+/\S*)\s+(?:=>|->|\u2192)(?:[ \t]+(?P<answer>\S.*))?\s*$")


def _split(block: Block) -> list[Block]:
    lines = block.text.strip("\n").splitlines()
    match = _ARROW_URL.match(lines[0]) if lines else None
    if match is None:
        return [block]
    answer = "\n".join(([match["answer"]] if match["answer"] else []) + lines[1:]).strip("\n")
    request = replace(block, text=f"GET {match['url']}", lang="")
    return [request, replace(block, text=answer)] if answer.strip() else [request]


def arrow_url_lines(doc: Document) -> Document:
    """`doc` with each code block that opens with `URL =>` split into its GET request line and its answer."""
    sections = [
        replace(s, blocks=[part for b in s.blocks for part in (_split(b) if b.kind == "code" else [b])])
        for s in doc.sections
    ]
    return replace(doc, sections=sections)
