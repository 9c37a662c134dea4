"""Query arguments named in running text: by an example of themselves in code ("You may include the query argument
``?include_secret_information=1`` to include ...", "Takes an optional ``?number=`` argument (default is 30)."), or
by the name a route of the same path gives one ("Update all documents matching the where query", beside a find
route on that path that lists `where`).

The code may leave out the `?` when its value is a placeholder and the sentence calls it a query parameter: "by
using the `profiles=<profile1>,<profile2>` query parameter" is the pair as a URL's query carries it, with the value
to fill in. Without the word "query" (`` `debug=<flag>` `` setting, a body field written `a=<x>`) or with a literal
value (`` `mode=fast` ``, an example of something else) it is left alone."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from .endpoint import Endpoint
from .params import Param
from .query_runs import query_runs
from .requests import path_key

_CODED_QUERY = re.compile(r"`[?&](?P<name>[A-Za-z_][\w.-]*)=[^`\s]*`")
_QUERY_WORD = re.compile(r"(?i)\b(?:query|argument|arg|parameter|param)s?\b")
_HOLE = r"(?:<[^<>`\s]+>|\{[^{}`\s]+\})"
_BARE_PAIR = re.compile(rf"`(?P<name>[A-Za-z_][\w.-]*)={_HOLE}(?:,{_HOLE})*`")
"""`profiles=<profile1>,<profile2>`: a pair without its `?`, its value a placeholder (or a comma list of them)."""
_QUERY_PARAMETER = re.compile(r"(?i)\bquery\s+(?:string\s+)?(?:parameter|param|argument|arg)s?\b")
_REQUIRED = re.compile(r"(?i)\b(?:required|must|mandatory)\b")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def coded_query_arguments(text: str) -> list[tuple[str, bool]]:
    """(name, required) for each query argument a sentence of `text` writes as `?name=value` in code and calls a
    query argument or parameter, required where the sentence says it must be given; and each of a run of coded
    names it calls query parameters (`query_runs`), not required."""
    found = []
    for sentence in _SENTENCE_END.split(text):
        if not _QUERY_WORD.search(sentence):
            continue
        found += [(m["name"], bool(_REQUIRED.search(sentence))) for m in _CODED_QUERY.finditer(sentence)]
        if _QUERY_PARAMETER.search(sentence):  # "the `profiles=<p1>,<p2>` query parameter"
            found += [(m["name"], bool(_REQUIRED.search(sentence))) for m in _BARE_PAIR.finditer(sentence)]
        found += [(name, False) for name in query_runs(sentence)]  # "via `offset` or `page` query parameters"
    return found


_THE_NAMED = re.compile(
    r"\bthe\s+[`*'\"]?(?P<name>[A-Za-z_][\w.-]*)[`*'\"]?\s+(?:query|parameter|param|filter|argument)\b"
)


def sibling_queries(endpoints: Iterable[Endpoint], add: Callable[[Endpoint, Param], None]) -> None:
    """A route whose description names "the <name> query" (parameter, filter, argument) where another route of the
    same path lists a query parameter of that name: it takes that parameter too, not required."""
    endpoints = list(endpoints)
    queries: dict[str, set[str]] = {}
    for endpoint in endpoints:
        names = {name for name, location in endpoint.params if location == "query"}
        queries.setdefault(path_key(endpoint.path), set()).update(names)
    for endpoint in endpoints:
        known = queries.get(path_key(endpoint.path), set())
        for match in _THE_NAMED.finditer(endpoint.description) if known else ():
            if match["name"] in known and (match["name"], "query") not in endpoint.params:
                add(endpoint, Param(match["name"], "query", endpoint.where, False, origin="prose"))
