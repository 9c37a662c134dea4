"""A route the text tells its reader to use with a query string, in code: "`magnitude_details` is not exposed on
`/sessions` — use `/magnitudes?session_id=…&include=magnitude_details` instead", "try `/search?q=comet`".

A sentence that bids the reader use (try, call, request, fetch, query) a path, written in code with its query, shows
a request the reader is to make: the names of its query are that route's query parameters. Read only where the
path is written exactly as a GET route the page states, of literal segments (a request written with a filled
value of a placeholder is left to the rules that fit examples to templates), and only after such a verb: a coded
URL merely mentioned ("the `/x?y=1` form is deprecated") is not a request. An example says nothing of whether
each name is needed, so none is made required here."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from urllib.parse import parse_qsl, urlsplit

from .blocks import Document
from .endpoint import Endpoint
from .params import Param, valid_name

_TOLD = re.compile(r"(?i)\b(?:use|try|call|request|fetch|query)\s+`(?P<url>/[^`\s?]*\?[^`\s]+)`")


def told_uses(docs: Iterable[Document], endpoints: Iterable[Endpoint], add: Callable[[Endpoint, Param], None]) -> None:
    """Give each stated GET route of literal segments the query names of a coded use the text bids be made."""
    gets = {e.path: e for e in endpoints if e.method == "GET" and "{" not in e.path and e.path not in ("", "/")}
    for doc in docs if gets else ():
        for block in (b for s in doc.sections for b in s.blocks if b.kind in ("text", "list")):
            texts = [block.text, *(t for item in block.items for t in item)] if block.kind == "list" else [block.text]
            for match in (m for text in texts for m in _TOLD.finditer(text)):
                parts = urlsplit(match["url"])
                endpoint = gets.get(parts.path)
                for name, _ in parse_qsl(parts.query, keep_blank_values=True) if endpoint is not None else ():
                    if valid_name(name):
                        add(endpoint, Param(name, "query", block.where, None, origin="prose"))
