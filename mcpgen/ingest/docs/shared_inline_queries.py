"""A query argument a sentence says every endpoint takes, written inline in code as the query itself:

    All endpoints accept `?workspace=` parameter. When omitted, they use the default workspace.

The sentence speaks of all the endpoints (routes) of the API, says they accept (take, support, honour) what
follows, and what follows is coded as a query alone: `` `?name=` ``, `` `?name=value` `` or several joined by
`&`. It is the inline form of the sentence `shared_query_strings` reads over a code block, and means the same:
each name is a query parameter of every route of the page, not required (the sentence offers it; "when omitted"
is the usual sequel). Routes the sentence excepts by their coded path ("except `/health`") take none. A coded
query after a path (`` `/search?q=` ``) belongs to that path; a sentence about one endpoint ("this endpoint
accepts `?q=`") or one that does not say the endpoints accept the query gives no route anything.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from .blocks import Document
from .endpoint import Endpoint
from .params import Param
from .shared_query_strings import _ALL_ROUTES, give_all_routes

_ACCEPT = re.compile(r"(?i)\b(?:accepts?|takes?|supports?|honou?rs?|understands?)\b(?P<rest>.*)")
"""The verb saying the routes take what follows: "all endpoints accept ..."."""
_CODED_QUERY = re.compile(r"`\?(?P<pairs>[A-Za-z_][\w.-]*=[^&\s`]*(?:&[A-Za-z_][\w.-]*=[^&\s`]*)*)`")
"""A code span that is a query alone: `?workspace=`, `?embed=true&links=true`."""
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def shared_inline_queries(
    docs: Iterable[Document], endpoints: Iterable[Endpoint], add: Callable[[Endpoint, Param], None]
) -> None:
    """Give every route of the page the query parameters a sentence says all its endpoints accept, coded inline
    as a query alone (the module's docstring), save the routes the sentence excepts."""
    endpoints = list(endpoints)
    for doc in docs:
        for section in doc.sections:
            for block in section.blocks:
                if block.kind != "text" or "`?" not in block.text:
                    continue
                for sentence in _SENTENCE.split(" ".join(block.text.split())):
                    routes = _ALL_ROUTES.search(sentence)
                    accept = _ACCEPT.search(sentence, routes.end()) if routes else None
                    if accept is None:
                        continue
                    names = [
                        pair.split("=", 1)[0]
                        for query in _CODED_QUERY.finditer(accept["rest"])
                        for pair in query["pairs"].split("&")
                    ]
                    if not names:
                        continue
                    give_all_routes(doc, endpoints, sentence, names, block, add, loosen=False)


__all__ = ["shared_inline_queries"]
