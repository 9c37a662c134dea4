"""A block of `Name: value` header lines a sentence introduces as the headers common to every request:

    Common request headers (all of them matter):

    ```
    User-Agent:        <browser UA>
    Accept:            application/json
    X-Client:          web/1.0
    ```

The sentence names no route: it calls the headers common, shared or default ("Common request headers", "Default
headers"), or says they go with every request ("Headers sent with every request:"), and ends in a colon (a
parenthesised aside may come before it); the code block after it is header lines alone, each `Name: value`, the
values being what a caller sends (a placeholder or an example). Each named header is a header of every route the
document states, as the headers of a list a sentence says every request sends are (`every_request_headers`); they
are required only where the sentence says they must be sent. The block states them as the API's own, so headers a
client commonly sets itself (`Accept`, `User-Agent`) are kept, as a parameter table's are; credentials among them
(`Cookie`, the logged-in session; `Authorization`) are the caller's authentication, never an argument of a call.

Left alone: a sentence naming a route or a method ("`GET /x` sends these headers:"), one about an answer's headers
("Common response headers:"), one saying nothing of the headers being common ("Example headers:"), and a block
holding a request line or any line that is not a header.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from . import auth
from .blocks import Document
from .params import Param
from .requests import METHODS, request_lines

_COMMON = re.compile(
    r"(?i)\b(?:(?:common|shared|default|global|standard)\s+(?:(?:http|api|request)\s+)*headers?|"
    r"headers?\s+(?:sent|used|included|passed|set)\s+(?:with|on|in|for|by)\s+(?:every|all|each|any)\s+"
    r"(?:(?:api|http)\s+)?(?:requests?|calls?))\b"
)
_COLON_END = re.compile(r":\s*$")
_ANSWER = re.compile(r"(?i)\b(?:response|returns?|replies|answers?|returned)\b")
_METHOD = re.compile(rf"\b(?:{'|'.join(METHODS)})\b")
_HEADER_LINE = re.compile(r"^(?P<name>[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*):\s+\S")
_SESSION = frozenset({"cookie", "authorization", "proxy-authorization"})
"""The caller's session or credentials: its authentication, not an argument of each call."""
_MUST = re.compile(r"(?i)\b(?:must|required|need\s+to|have\s+to)\b")


def _lead(text: str) -> str:
    """The sentence before the block with its parenthesised asides taken out."""
    return re.sub(r"\([^()]*\)", "", text.strip()).strip()


def common_header_blocks(doc: Document) -> Iterator[Param]:
    """The headers of each block of `Name: value` lines a sentence introduces as the headers common to every
    request (see the module), credentials left out."""
    for section in doc.sections:
        for before, block in zip(section.blocks, section.blocks[1:], strict=False):
            if before.kind != "text" or block.kind != "code":
                continue
            text = before.text.strip().split("\n\n")[-1]
            lead = _lead(text)
            if not (_COMMON.search(lead) and _COLON_END.search(lead)) or _ANSWER.search(lead):
                continue
            if _METHOD.search(lead) or request_lines(text) or re.search(r"`/", text):
                continue
            lines = [line.strip() for line in block.text.splitlines() if line.strip()]
            names = [_HEADER_LINE.match(line) for line in lines]
            if len(lines) < 2 or not all(names) or request_lines(block.text):
                continue
            must = bool(_MUST.search(lead))
            for name in (m["name"] for m in names if m):
                if name.lower() not in _SESSION and not auth.is_credential(name, "header"):
                    yield Param(name, "header", block.where, must, origin="field list")


__all__ = ["common_header_blocks"]
