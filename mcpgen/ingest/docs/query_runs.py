"""Query parameters a sentence names in a run of code spans before the words "query parameters" ("List routes
support pagination via `offset` or `page` and `count` query parameters"): each name in the run is one, though
the example beneath shows only some of them); and a coded name a sentence says is given "as a query parameter"
("If ``full`` exists as a query parameter, ...", "pass `fields` as a query argument"), also written with an
example value, the pair as the query carries it ("adding ``all_projects=true`` as a query parameter removes the
restriction": `all_projects`; a pair not said to be a query parameter, "`mode=fast` setting", is left alone), or
with an article before it ("by providing an ``email`` query parameter", "with the `limit` query parameter"), where
the sentence does not say it must be given (that is the obligation's to say, and the names here are read as
optional)."""

from __future__ import annotations

import re

_NAME = r"`[A-Za-z_][\w.-]*`"
_RUN = re.compile(
    rf"(?P<run>(?:{_NAME}(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and/or|and|or)\s+))+{_NAME})"
    r"\s+query(?:[\s-]string)?\s+(?:parameters|params|arguments)\b"
)
_PAIR = r"`[A-Za-z_][\w.-]*(?:=[^`\s]*)?`"
_AS_QUERY = re.compile(
    rf"(?P<name>{_PAIR})(?:\s+[a-z]+){{0,2}}\s+as\s+an?\s+query(?:[\s-]string)?\s+(?:parameter|param|argument)\b"
    rf"|\b(?:an?|the)\s+(?P<single>{_NAME})\s+query(?:[\s-]string)?\s+(?:parameter|param|argument)\b"
)

_BOUND = re.compile(r"(?i)\b(?:must|required|requires|mandatory)\b")


def query_runs(text: str) -> list[str]:
    """The names of every run of two or more coded names a sentence of `text` calls query parameters, and of each
    coded name it says is given as a query parameter."""
    flat = " ".join(text.split())
    runs = [name.strip("`") for match in _RUN.finditer(flat) for name in re.findall(_NAME, match["run"])]
    bound = _BOUND.search(flat)  # "You must supply the `rev` query parameter": not this rule's to call optional
    named = [
        (m["name"] or m["single"]).strip("`").split("=")[0] for m in _AS_QUERY.finditer(flat) if m["name"] or not bound
    ]
    return runs + [name for name in named if name not in runs]
