"""Required inputs an operation's documented error answer names.

    **Request Body:**
    ```json
    {"city": "London", "country": "UK"}
    ```
    **Error Response (400):**
    ```json
    {"error": "Missing required parameters", "message": "Both 'city' and 'country' parameters are required"}
    ```

An operation's section that shows, as a JSON answer, the error the service gives when inputs are missing, and
whose message names them ("'city' and 'country' are required", "Field `email` is mandatory"), says those inputs
must be sent: a call without them fails. So a quoted name in such a message is required where the operation
already takes it: a parameter the section lists, or a key of the JSON body it states. A name it takes nowhere
else (a message's wording, a field of some other call) adds nothing, and a message that only says some input is
invalid ("'city' contains invalid characters") marks nothing."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from typing import Any

from .blocks import Section
from .endpoint import Endpoint
from .params import Param
from .sent_bodies import stated_bodies

_REQUIRED = re.compile(r"(?i)\b(?:is|are)\s+(?:required|mandatory)\b|\bmissing\s+required\b")
_QUOTED = re.compile(r"['\"`\u2018\u201c]([A-Za-z_][\w.-]*)['\"`\u2019\u201d]")


def error_requirements(endpoint: Endpoint, section: Section, add: Callable[[Endpoint, Param], None]) -> None:
    """Mark required, on `endpoint`, the inputs an error answer shown in its `section` says are required."""
    said = [(name, block) for block in section.blocks if block.kind == "code" for name in _required_in(block.text)]
    if not said:
        return
    keys = {k for body in stated_bodies(endpoint.request_examples) if isinstance(body, dict) for k in body}
    for name, block in said:
        known = next((k for k in endpoint.params if k[0] == name and k[1] != "path"), None)
        if known is not None:
            endpoint.params[known].required = True
        elif name in keys and endpoint.method in ("POST", "PUT", "PATCH"):
            add(endpoint, Param(name, "body", block.where, True, origin="prose"))


def _required_in(text: str) -> list[str]:
    """The quoted names of the "are required" messages of a JSON answer (none where the block is no JSON)."""
    try:
        answer = json.loads(text)
    except ValueError:
        return []
    if not isinstance(answer, dict):
        return []
    return [name for value in _strings(answer) if _REQUIRED.search(value) for name in _QUOTED.findall(value)]


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)
