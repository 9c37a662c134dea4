"""Log records in a code block: lines that open with a date and a time (`2020-03-31 12:58:12,047 INFO ...`,
`[2021-06-01T08:00:00Z] ...`), as a server prints them while it runs.

A record that mentions a request (`*** [GET] http://host:8777/api/v1/param/Mode -- name='Mode'`) tells what the
server handled once, with the values of that moment; it states no route, so its lines are not read for request
lines. The other lines of the block (the command that started the server, a request typed after it) still are.
"""

from __future__ import annotations

import re

_RECORD = re.compile(r"(?m)^[ \t]*\[?\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}")


def without_log_records(text: str) -> str:
    """`text` with each log record line left empty (lines keep their numbers)."""
    if not _RECORD.search(text):
        return text
    return "\n".join("" if _RECORD.match(line) else line for line in text.split("\n"))
