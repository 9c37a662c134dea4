"""Query parameters a sentence counts or announces and then names after a colon, in code: "There is one query
string param: `page` for pagination.", "It takes two query parameters: `from` and `to`, both dates.". The words
"query parameter(s)" (or "query string param", "query argument") end the lead, a colon follows at once, and the
coded names run from there (joined by commas, "and", "or"); what follows them describes them. Nothing is said of
need unless the lead itself says so ("two required query parameters: `a` and `b`"); a word of need after the
names may be about one of them only, and is left to the rules that read it.

A colon after other words ("Response fields: `page`", "the body parameter: `page`") is not this; a label line that
is only "Query parameters: `a`, `b`" is read as a label line already (`label_lines.py`) and is the same reading.
"""

from __future__ import annotations

import re

_NAME = r"`[A-Za-z_][\w.-]*`"
_LEAD = re.compile(
    r"(?i)\bquery(?:[\s-]string)?\s+(?:parameters?|params?|arguments?|args?)\s*:\s*"
    rf"(?P<names>{_NAME}(?:\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+){_NAME})*)"
)
_BOUND = re.compile(r"(?i)\b(?:must|required|mandatory)\b")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def colon_queries(text: str) -> list[tuple[str, bool | None]]:
    """(name, required) for each coded name a sentence of `text` gives after "query parameter(s):"; required is
    True where the words before the names say they must be given, else None (not said)."""
    found: list[tuple[str, bool | None]] = []
    for sentence in _SENTENCE_END.split(" ".join(text.split())):
        for match in _LEAD.finditer(sentence):
            need = True if _BOUND.search(sentence[: match.start("names")]) else None
            found += [(name.strip("`"), need) for name in re.findall(_NAME, match["names"])]
    return list(dict.fromkeys(found))


__all__ = ["colon_queries"]
