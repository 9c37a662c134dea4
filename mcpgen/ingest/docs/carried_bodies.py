"""The JSON body a REST client's request line carries, when the line states one of several requests in a section:

    - **Add a collection:**

    ```
    HTTP POST "/plugins/x/_config/:name" {
        "description": "My custom collection"
    }
    ```

A request line written as a REST client sends it (`HTTP POST "/path"`, the target quoted) and followed on the same
line by an opening brace sends the object that brace opens (on that line or the lines under it) as its body, as a
raw HTTP request's body under its headers is. Where the line is its section's only request the section reader takes
that object as the request's example (`requests.trailing_body`); where one section lists several such lines (bold
captions in a bullet list, each over its own code block) no section belongs to one request, so the body is read
with the request line itself. Only an object that opens on the request line and parses as JSON (or a JavaScript
object) is read: a target alone on its line, or one followed by a word, carries no body.
"""

from __future__ import annotations

import re

from .object_literals import object_literal
from .requests import Request, parse_json, split_target


def carried_body(text: str, method: str, raw: str) -> Request | None:
    """The request `method "raw" {...}` in `text` sends, with the object after its target as its body; else None."""
    line = re.search(rf'(?m)^[ \t]*(?:HTTP[ \t]+)?{method}[ \t]+"{re.escape(raw)}"[ \t]+(?=\{{)', text)
    if line is None:
        return None
    body = _braced(text, line.end())
    if body is None:
        return None
    parsed = parse_json(body)
    parsed = object_literal(body) if parsed is None else parsed  # `{ title: 'x' }`, as JavaScript writes it
    if not isinstance(parsed, dict) or not parsed:
        return None
    request = Request(method=method, target=split_target(raw))
    request.body, request.body_kind = parsed, "json"
    return request


def _braced(text: str, start: int) -> str | None:
    """The `{...}` that opens at `start`, nested braces included."""
    depth = 0
    for index in range(start, min(len(text), start + 5000)):
        depth += {"{": 1, "}": -1}.get(text[index], 0)
        if depth == 0:
            return text[start : index + 1]
    return None
