"""A JSON block right after a curl command that sends its own body: `curl -X POST http://host/task -d '{"task": ..}'`,
then ```json {"result": "...", "model": "..."}```, under the request's heading.

A request line just before an unlabelled JSON block introduces that block as its body (`POST /users`, then the
JSON). A curl command that states the request line but already carries its body (`-d`, `--data`, `--json`, `-F`)
has said what it sends: the JSON printed after it is what the call answers, as a terminal session shows a command
then its output. So such a command does not lead into the next block as the request's body; a curl without a body
(`curl -X POST http://host/sessions`, then the JSON to send) still may.
"""

from __future__ import annotations

from .blocks import Block
from .requests import parse_curl


def sends_own_body(block: Block) -> bool:
    """`block` is a code block of curl commands, one of which sends a body of its own."""
    if block.kind != "code":
        return False
    return any(request.body not in (None, "", {}) for request in parse_curl(block.text))


__all__ = ["sends_own_body"]
