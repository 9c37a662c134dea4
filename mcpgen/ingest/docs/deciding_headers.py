"""A request header a route's description says decides what it answers: "Redirect to the information document or
return a simple viewer (based on headers `Accept` value)", "the format depends on the `Accept` header".

The caller chooses the answer by the value it sends in that header, so the header is an input of the route
(optional: a default answer exists), though clients often set it themselves and a header of that name is
otherwise left out as the client's business (`endpoint.STANDARD_HEADERS`). Read only where the header is named
in code next to words saying the answer follows from it ("based on", "depending on", "according to", "depends
on"); a header only mentioned ("sends the `Accept` header", "returns a `Location` header") gives nothing.
"""

from __future__ import annotations

import re

from .blocks import Where
from .params import Param
from .valued_choices import valued_choices

_NAME = r"`(?P<{}>[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*)`"
_DECIDES = re.compile(
    r"(?i)\b(?:based\s+on|depending\s+on|depends\s+on|according\s+to)\s+(?:the\s+)?"
    rf"(?:(?:request\s+)?headers?\s+{_NAME.format('after')}|{_NAME.format('before')}\s+(?:request\s+)?header\b)"
)


def deciding_headers(text: str, where: Where) -> list[Param]:
    """The headers `text` says the answer is chosen by, each an optional header parameter."""
    return [
        Param(match["after"] or match["before"], "header", where, False, origin="header choices")
        for match in _DECIDES.finditer(text)
    ] + valued_choices(text, where)  # "`Accept: application/json` adds the mock's reading"
