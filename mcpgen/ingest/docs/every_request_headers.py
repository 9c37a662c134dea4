"""A list of headers a sentence says every request to the API sends, before any route is stated:

    To request API, you must provide headers:

    * ``X-Mail-Password`` - same as SMTP password
    * ``X-Mail-Inbox`` - same as SMTP user. Optional, work with all inboxes if not specified

The sentence names no route: it speaks of the API as a whole ("to request the API", "every request", "all
calls", "each API call"), says headers are to be sent ("you must provide headers:", "include the following
headers:") and ends in a colon, and the list after it names headers in code, one an item. Each is a header of
every route the document states (as a "Common parameters" section's are); an item that calls itself optional is
optional, the others are what the sentence says ("must": required). Credentials among them are the API's
authentication, read as such by the usual rules.

Left alone: a sentence naming a route or a method ("`GET /x` requires these headers:"), one that says nothing
about the API as a whole ("Example headers:"), a sentence about response headers ("returns headers:"), and a list
whose items are not all header names.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .blocks import Block, Document
from .requests import METHODS, request_lines

_WHOLE_API = re.compile(
    r"(?i)\b(?:(?:to|for)\s+(?:request|call|use|access|query)(?:ing)?\s+(?:the\s+|this\s+|our\s+)?(?:\w+\s+)?api\b|"
    r"(?:every|all|each|any)\s+(?:(?:the\s+)?api\s+|http\s+|of\s+the\s+)?(?:requests?|calls?)\b)"
)
_SEND = re.compile(
    r"(?i)\b(?:provide|send|include|pass|set|add|supply|specify|use)\b[^.:]{0,40}\bheaders?\b[^.]{0,20}:\s*$"
)
_ANSWER = re.compile(r"(?i)\b(?:response|returns?|replies|answers?)\b")
_HEADER_ITEM = re.compile(r"^\W*[`*]{1,2}(?P<name>[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)+|Authorization)[`*]{1,2}")
_OPTIONAL = re.compile(r"(?i)(?<!not )\boptional\b")
_METHOD = re.compile(rf"\b(?:{'|'.join(METHODS)})\b")


def every_request_headers(doc: Document) -> Iterator[tuple[Block, dict[str, bool]]]:
    """(the list of headers, whether each must be sent, by name) for each list of headers a sentence says every
    request to the API sends (see the module)."""
    for section in doc.sections:
        for before, block in zip(section.blocks, section.blocks[1:], strict=False):
            text = before.text.strip()
            if before.kind != "text" or block.kind != "list" or not block.items:
                continue
            if not (_WHOLE_API.search(text) and _SEND.search(text)) or _ANSWER.search(text):
                continue
            if _METHOD.search(text) or request_lines(text) or re.search(r"`/", text):
                continue
            names = [_HEADER_ITEM.match(item.strip()) for _, item in block.items]
            if all(names):
                must = bool(re.search(r"(?i)\b(?:must|required|need\s+to|have\s+to)\b", text))
                yield (
                    block,
                    {
                        m["name"]: must and not _OPTIONAL.search(item)
                        for m, (_, item) in zip(names, block.items, strict=True)
                        if m
                    },
                )


__all__ = ["every_request_headers"]
