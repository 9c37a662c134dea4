"""An `Accept` header written with its value as what a caller sends to change the answer: "`Accept:
application/json` adds the mock's reading of the file", "with `Accept: text/csv` the rows come as CSV".

A route's description that shows the header and a value in one code span, and says what sending it does (the
header line is the subject of "adds", "returns", "gives", "switches" ..., or what a request is sent "with"), makes
it an input of the route: the caller chooses the answer's form by it, and without it the default answer comes. It
is optional. Only the headers that choose an answer (`Accept`, `Accept-Language`) are read so; a coded
`Content-Type: application/json` says how the body is written, and a header merely shown in an example response
is not sent."""

from __future__ import annotations

import re

from .blocks import Where
from .params import Param

_CHOOSING = r"`(?P<{}>Accept(?:-Language)?)\s*:\s*[^`\s][^`]*`"
_SENT = re.compile(
    rf"(?i)(?:\b(?:with|sending|send|pass(?:ing)?)\s+(?:an?\s+|the\s+)?{_CHOOSING.format('sent')}"
    rf"|{_CHOOSING.format('subject')}\s+(?:header\s+)?(?:adds?|returns?|gives?|gets?|switches|turns|selects?|chooses?|asks\s+for"
    r"|makes?|answers?|yields?|produces?)\b)"
)


def valued_choices(text: str, where: Where) -> list[Param]:
    """The answer-choosing headers `text` shows sent with a value, each an optional header parameter."""
    names = dict.fromkeys(match["sent"] or match["subject"] for match in _SENT.finditer(text))
    return [Param(name, "header", where, False, origin="header choices") for name in names]
