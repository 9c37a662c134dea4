"""Query parameters a sentence names in a run of code spans before the words "query parameters" ("List routes
support pagination via `offset` or `page` and `count` query parameters"): each name in the run is one, though
the example beneath shows only some of them."""

from __future__ import annotations

import re

_NAME = r"`[A-Za-z_][\w.-]*`"
_RUN = re.compile(
    rf"(?P<run>(?:{_NAME}(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and/or|and|or)\s+))+{_NAME})"
    r"\s+query(?:[\s-]string)?\s+(?:parameters|params|arguments)\b"
)


def query_runs(text: str) -> list[str]:
    """The names of every run of two or more coded names a sentence of `text` calls query parameters."""
    return [
        name.strip("`") for match in _RUN.finditer(" ".join(text.split())) for name in re.findall(_NAME, match["run"])
    ]
