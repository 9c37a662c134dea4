"""The statements of an interactive session (`>>> r = requests.get(...)`), without the output printed between them.

A doctest marks each line of a statement with a prompt, `>>>` for the first and `...` for the lines that continue
it; hand-written sessions often leave the `...` out and indent the continuation instead:

    >>> response = requests.get("https://host/api/objects/57",
                                auth=("user", "pw"))
    >>> response.json()
    {"id": 57, ...}

A line without a prompt continues the statement above it while that statement's brackets are still open (it
cannot be output: Python prints nothing until the statement is complete); once they close, lines without a
prompt are output again.
"""

from __future__ import annotations

import re

_PROMPT = re.compile(r"^\s*(?:>>>|\.\.\.)(?: (?P<code>.*))?$")
_STRING = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"")


def _depth(code: str) -> int:
    """How many brackets a line opens and leaves open (strings and comments aside)."""
    code = _STRING.sub("", code).split("#", 1)[0]
    return sum(code.count(c) for c in "([{") - sum(code.count(c) for c in ")]}")


def session_statements(text: str) -> str:
    """The code of a session's statements, each continuation line kept with its statement."""
    lines: list[str] = []
    depth = 0
    for line in text.splitlines():
        prompt = _PROMPT.match(line)
        if prompt is not None:
            code = prompt["code"] or ""
        elif depth > 0:  # an unprompted line inside an open bracket: the statement goes on
            code = line.strip()
        else:
            depth = 0
            continue
        if code:
            lines.append(code)
            depth = max(depth + _depth(code), 0)
    return "\n".join(lines)
