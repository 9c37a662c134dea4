"""Request lines annotated with `#` comment lines in a code block, the way a route listing is written as a
shell-style or `http` fence:

    ```http
    # Device Management
    POST /devices
    # Add new device
    # Body: {"device_id": "laser2", "device_type": "SantecLaser"}
    # Returns: device info
    # 409: Device already exists
    ```

A raw HTTP request shown as sent has headers and perhaps a body under its request line; a line of this kind has
only comments: what the route does, what it takes, what it returns. So a block holding one bare request line and
nothing but comment lines states that route, as a block of several such lines does, and is no example request of
another route the section names (`statement_block`).

A comment right under a request line (in the run of comment lines that follows it) labelled "Body:", "Request:",
"Request body:", "Payload:" or "JSON:" and holding a JSON object shows that request's body, and the object's
top-level keys are what it sends (`commented_bodies`); one labelled "Returns:", "Response:" or "Format:" shows an
answer and is left. Only POST, PUT and PATCH lines are read so: a read carries no body.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

from .blocks import Document
from .endpoint import Endpoint
from .requests import parse_json, path_key, request_lines, split_target

_BARE_REQUEST = re.compile(r"^\s*(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\s+/\S*\s*$")
_COMMENT = re.compile(r"^\s*(?:#|//)")
_BODY_COMMENT = re.compile(r"(?i)^\s*(?:#+|//)\s*(?:request body|request|body|payload|json)\s*:\s*(?P<json>\{.*\})\s*$")


def statement_block(text: str) -> bool:
    """Whether a code block is one bare request line (no HTTP version) and nothing else but comment lines."""
    lines = [line for line in text.splitlines() if line.strip()]
    bare = [line for line in lines if _BARE_REQUEST.match(line)]
    return len(bare) == 1 and len(lines) > 1 and all(_COMMENT.match(line) for line in lines if line not in bare)


def commented_bodies(doc: Document, endpoints: Iterable[Endpoint]) -> Iterator[tuple[Endpoint, Any]]:
    """(write route, JSON object) for each "# Body: {...}" comment in the comment run right under its request
    line in a code block."""
    by_key = {(e.method, path_key(e.path)): e for e in endpoints}
    for section in doc.sections:
        for block in (b for b in section.blocks if b.kind == "code"):
            current: Endpoint | None = None
            for line in block.text.splitlines():
                stated = request_lines(line) if _BARE_REQUEST.match(line) else []
                if stated:
                    _, method, raw = stated[0]
                    current = by_key.get((method, path_key(split_target(raw).path)))
                    current = current if method in ("POST", "PUT", "PATCH") else None
                elif not _COMMENT.match(line):
                    current = None  # a blank line or anything else ends the request's comments
                elif current is not None and (found := _BODY_COMMENT.match(line)):
                    body = parse_json(found["json"])
                    if isinstance(body, dict) and body:
                        yield current, body
                    current = None
