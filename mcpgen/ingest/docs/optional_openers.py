"""An input a route's description opens a sentence with, called optional: a route table's notes cell
"Optional `thread_id` is stored and returned for continuity."

A sentence that begins with "Optional" right before a name in code is about that name as something the caller
may send: the adjective says it can be left out, and a note beside a route speaks of the route's request. Only
the sentence's opening counts: "returns an optional `acp` object" further on is about the answer."""

from __future__ import annotations

import re
from collections.abc import Iterable

_OPENER = re.compile(r"(?:^|[.!?;]\s+)[*_]*Optional[*_]*\s+`(?P<name>[A-Za-z_][\w.-]*)`(?!\s*\()")


def optional_openers(cells: Iterable[str]) -> list[str]:
    """The names the sentences of a row's cells open with, called optional (`Optional `x` is ...`), once each."""
    return list(dict.fromkeys(m["name"] for cell in cells for m in _OPENER.finditer(cell.strip())))
