"""A request line whose query string goes on over the lines after it, each indented and opening with `&`:

    GET /files/info?ts=<unix ts>&id=<id>&quality=<q>
        &codecs=flac%2Cmp3
        &sign=<signature>

A long URL is wrapped so in notes and READMEs; the indented `&name=value` lines are the rest of the one request's
query, not text of their own. The continuation is joined to the request line, and the lines it took drop out (so a
raw request's headers still follow its request line).

Read only in a code block, for a request line with a query (`?`) and the lines right after it that are indented and
open with `&`; a line that is not indented, or opens with anything else, ends the request.
"""

from __future__ import annotations

import re

from .requests import request_lines

_CONTINUATION = re.compile(r"^[ \t]+&\S")


def wrapped_queries(text: str) -> str:
    """`text` with the indented `&name=value` lines after a request line joined to it (see the module)."""
    lines = text.split("\n")
    if not any(_CONTINUATION.match(line) for line in lines):
        return text
    for index, line in enumerate(lines):
        if "?" not in line or not request_lines(line):
            continue
        after = index + 1
        while after < len(lines) and _CONTINUATION.match(lines[after]):
            lines[index] += lines[after].strip()
            lines[after] = "\0"
            after += 1
    return "\n".join(line for line in lines if line != "\0")


__all__ = ["wrapped_queries"]
