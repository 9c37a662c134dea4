"""A client library's call that a sentence says takes the server's payload as it is, shown with keyword
arguments:

    If you prefer the server payload shape directly, `random_write()` accepts `{"addr": ..., "value": ...}`.

    plc.random_write(words=[...], dwords=[...], bits=[...])

The call sends its keyword arguments as the body of the route it is named after (`random_write` is
`POST /random-write`, the route's path with `_` for `/` and `-`): each is a field of that body, whose need the
call does not say. Read only where the sentence ties the call to the server's payload, and only for a POST,
PUT or PATCH the page states; other calls' arguments are the library's, not the API's.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from .blocks import Document
from .endpoint import Endpoint
from .params import Param, valid_name

_SAID = re.compile(
    r"(?i)\b(?:server|api|http|wire|request)(?:'s)?\s+(?:payload|body|request)\s+(?:shape|format|structure)\b"
    r"[^.]{0,80}?`(?P<call>[A-Za-z_]\w*)\(\)`"
    r"|`(?P<call2>[A-Za-z_]\w*)\(\)`[^.]{0,80}?\b(?:server|api|http|wire|request)(?:'s)?\s+(?:payload|body)"
    r"\s+(?:shape|format|structure)\b"
)
_KEYWORD = re.compile(r"^\s*(?P<name>[A-Za-z_]\w*)\s*=(?!=)")


def _keywords(code: str, call: str) -> list[str]:
    """The keyword argument names of the first `.call(...)` in `code`."""
    start = re.search(rf"\.{call}\(", code)
    if start is None:
        return []
    depth, part, parts = 0, "", []
    for char in code[start.end() :]:
        if char in "([{":
            depth += 1
        elif char in ")]}":
            if depth == 0:
                parts.append(part)
                break
            depth -= 1
        if char == "," and depth == 0:
            parts.append(part)
            part = ""
        else:
            part += char
    return [m["name"] for p in parts if (m := _KEYWORD.match(p)) and valid_name(m["name"])]


def payload_calls(docs: Iterable[Document], endpoints: Iterable[Endpoint], add: Callable[..., None]) -> None:
    """Give the route a payload-shaped call is named after the call's keyword arguments as body fields."""
    by_name = {re.sub(r"[/-]", "_", e.path.strip("/")): e for e in endpoints if e.method in ("POST", "PUT", "PATCH")}
    for doc in docs:
        for section in doc.sections:
            blocks = section.blocks
            for i, block in enumerate(blocks):
                match = _SAID.search(" ".join(block.text.split())) if block.kind == "text" else None
                call = (match["call"] or match["call2"]) if match else ""
                endpoint = by_name.get(call)
                code = next((b.text for b in blocks[i + 1 : i + 3] if b.kind == "code"), "")
                for name in _keywords(code, call) if endpoint else ():
                    add(endpoint, Param(name, "body", block.where, None, origin="example request"))
