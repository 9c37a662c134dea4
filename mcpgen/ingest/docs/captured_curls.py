"""A `curl` command whose output a shell assignment captures: `TOKEN=$(curl -s -X POST http://host/login -d
'{"user":"a","secret":"b"}' | jq -r .token)`.

A sign-in call is written so in an example script: the answer is kept in a variable the next commands send
(`-H "Authorization: Bearer $TOKEN"`). The command inside `$( ... )` (or backquotes) is a request like any other,
its method, URL and body as written; only the assignment before it and the closing `)` after it are shell, not
curl's words. Without unwrapping them the line does not start with `curl` and the request, with its body, was lost.
"""

from __future__ import annotations

import re

_CAPTURE = re.compile(r"^(?:export\s+|local\s+)?[A-Za-z_]\w*=(?P<open>\$\(|`)\s*(?=curl\s)")


def uncaptured(line: str) -> str:
    """`line` with a variable's capture of a curl command taken off (`X=$(curl ...)` -> `curl ...`); else as is."""
    match = _CAPTURE.match(line)
    if match is None:
        return line
    inner = line[match.end() :].rstrip()
    close = ")" if match["open"] == "$(" else "`"
    return inner[:-1].rstrip() if inner.endswith(close) else inner


__all__ = ["uncaptured"]
