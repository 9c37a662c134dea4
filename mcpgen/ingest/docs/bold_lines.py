"""A paragraph whose every line is a field in bold and what it is, the way a README lists a body's fields under
its example:

    **channel** - The name of the channel to broadcast an event to.
    **channels** - Instead of a single channel, you can broadcast to an array of channels.
    **socket_id (optional)** - The socket id of the user that initiated the event.

Each line names a parameter of the request the section describes; a mark in brackets inside or after the bold
("(optional)", "(required)") says whether it is needed, and an unmarked one is not said. Two such lines at
least, and no other line: a paragraph that only opens with a bold word is prose.
"""

from __future__ import annotations

import re

from .blocks import Where
from .params import Param, valid_name

_LINE = re.compile(
    r"^\s*\*\*(?P<name>[A-Za-z_$][\w.$-]*)\s*(?:\((?P<inner>[^()]*)\))?\s*\*\*\s*(?:\((?P<outer>[^()]*)\))?"
    r"\s*(?:[-\u2013\u2014:])\s*(?P<text>\S.*)$"
)
_OPTIONAL = re.compile(r"(?i)^\s*optional\s*$")
_REQUIRED = re.compile(r"(?i)^\s*(?:required|mandatory)\s*$")


def bold_field_lines(text: str, where: Where, location: str = "") -> list[Param]:
    """The parameters of a paragraph made only of `**name** - description` lines; [] for any other."""
    lines = [line for line in text.splitlines() if line.strip()]
    matches = [_LINE.match(line) for line in lines]
    if len(lines) < 2 or not all(matches):
        return []
    found: list[Param] = []
    for match in filter(None, matches):
        if not valid_name(match["name"]):
            return []
        mark = match["inner"] or match["outer"] or ""
        required = False if _OPTIONAL.match(mark) else True if _REQUIRED.match(mark) else None
        found.append(Param(match["name"], location, where, required, description=match["text"], origin="list"))
    return found
