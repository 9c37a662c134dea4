"""Uses of a listed route in running text, with a query string: "You can now access the API on your domain as
`/lookup?url=`", "will log the following JSON [log](http://host.example/lookup?uri=http%3A%2F%2F...)". Where a
set of pages lists its routes without their parameters (a list of paths, each with what it is), a sentence that
opens one of them with a query, in code or as a link's address, names that route's query parameters; an example
says nothing of whether each is needed. Read only for a GET route of literal segments (a link is opened with a
GET) whose path the use writes exactly, and for routes the pages name without a method (`mentions.path_lists`):
where a page states its requests with methods, a link elsewhere is not read as one of them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from urllib.parse import parse_qsl, urlsplit

from .blocks import Document
from .endpoint import Endpoint
from .params import Param, valid_name

_CODED = re.compile(r"`(?P<url>/[^`\s?]*\?[^`\s]*)`")
_LINKED = re.compile(r"\]\((?P<url>https?://[^)\s]+\?[^)\s]+)\)")


def route_uses(docs: Iterable[Document], endpoints: Iterable[Endpoint], add: Callable[[Endpoint, Param], None]) -> None:
    """Give each listed GET route the query names the pages' sentences open it with."""
    listed = {e.path: e for e in endpoints if e.method == "GET" and e.method_inferred and "{" not in e.path}
    if not listed:
        return
    for doc in docs:
        for block in (b for s in doc.sections for b in s.blocks if b.kind == "text"):
            uses = [m["url"] for m in _CODED.finditer(block.text)] + [m["url"] for m in _LINKED.finditer(block.text)]
            for use in uses:
                parts = urlsplit(use)
                endpoint = listed.get(parts.path)
                if endpoint is None or parts.path in ("", "/"):
                    continue
                for name, _ in parse_qsl(parts.query, keep_blank_values=True):
                    if valid_name(name):
                        add(endpoint, Param(name, "query", block.where, None, origin="prose"))
