"""A curl body in single quotes holding an apostrophe (`--data '{"text": "I'm here"}' http://...`): the shell
would split the line wrongly or not at all, but JSON between `'{` and a `}'` closing a word is one body."""

from __future__ import annotations

import json
import re
import shlex

_QUOTED_JSON = re.compile(r"'([{\[].*?[}\]])'(?=\s|$)")


def split_with_quoted_json(line: str) -> list[str] | None:
    """The words of a one-line command whose single-quoted JSON body holds an apostrophe; None when the line has
    no such body (one that parses as JSON) or does not split even then (a body continued on later lines)."""
    bodies = [m for m in _QUOTED_JSON.finditer(line) if "'" in m.group(1) and _parses(m.group(1))]
    if not bodies:
        return None
    requoted = line
    for match in reversed(bodies):
        requoted = requoted[: match.start()] + shlex.quote(match.group(1)) + requoted[match.end() :]
    try:
        return shlex.split(requoted)
    except ValueError:
        return None


def _parses(text: str) -> bool:
    try:
        json.loads(text)
    except ValueError:
        return False
    return True
