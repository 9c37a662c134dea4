"""A listing said to be filtered by a plain word that is a field of the same collection's items:

    - `POST /projects` - Create a new project          (its body, in an example: name, owner, description)
    - `GET /projects` - List projects (optionally filtered by owner)

"filtered by owner" in the description of a GET names what the listing can be narrowed by, and a listing's filter
is sent in its query. Written without code, the word could be any noun ("filtered by date"); it is a parameter's
name when the document gives a route of the same path a body field of exactly that name: the items the POST
creates carry an `owner`, so the listing of those items is filtered by the `owner` query parameter (not
required: a filter narrows, "optionally" or not). Coded names after "can be filtered by" are read by
`filter_sentences`; this reads the plain words, and only those the document's own fields confirm."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from .endpoint import Endpoint
from .params import Param
from .requests import path_key

_WORD = r"[a-z][a-z0-9_]*"
_FILTERED_BY = re.compile(
    rf"(?i:\bfilter(?:ed|able)?\s+(?:by|on))\s+(?:the\s+|an?\s+|its\s+)?(?P<words>{_WORD}(?:\s*(?:,|\band\b|\bor\b|/)\s*{_WORD})*)"
)


def field_filters(endpoints: Iterable[Endpoint], add: Callable[[Endpoint, Param], None]) -> None:
    """Each GET whose summary or description says it is filtered by a plain word that a route of the same path
    has as a body field (stated, or a key of its example request body) takes that word as an optional query
    parameter."""
    endpoints = list(endpoints)
    fields: dict[str, set[str]] = {}
    for endpoint in endpoints:
        if endpoint.method != "GET":
            known = fields.setdefault(path_key(endpoint.path), set())
            known.update(name for name, location in endpoint.params if location == "body")
            known.update(key for example in endpoint.request_examples if isinstance(example, dict) for key in example)
    for endpoint in endpoints:
        known = fields.get(path_key(endpoint.path), set()) if endpoint.method == "GET" else set()
        text = f"{endpoint.summary or ''} {endpoint.description or ''}"
        for match in _FILTERED_BY.finditer(text) if known else ():
            for word in re.findall(_WORD, match["words"]):
                if word in known and not any(name == word for name, _ in endpoint.params):
                    add(endpoint, Param(word, "query", endpoint.where, False, origin="prose"))
