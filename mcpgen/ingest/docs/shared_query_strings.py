"""A query string a sentence says every endpoint takes, shown in a code block of its own right after it:

    Additionally, all api endpoints (except `/auth_token`) offer an `_embedded` and a `_links` attribute if
    requested with the query string:

    ```
    ?embed=true&links=true
    ```

The sentence speaks of all the endpoints (routes, resources) of the API, ends with a colon on the words "query
string" or "query parameters" (what follows is that query), and the block is nothing but a query, `?name=value`
joined by `&`. Each name is then a query parameter of every route of the page, not required: the sentence offers
what they do "if requested" so, it does not demand them. Routes the sentence excepts by their coded path ("except
`/auth_token`") take none. A query shown as the continuation of one URL, or a sentence about one route ("this
endpoint accepts the query string:"), says nothing of the others and is left to the rules that read that route.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from .blocks import Block, Document
from .endpoint import Endpoint
from .params import Param
from .requests import path_key

_ALL_ROUTES = re.compile(
    r"(?i)\b(?:all|every|each)\s+(?:of\s+the\s+)?(?:(?:api|http|rest)\s+)?(?:endpoints?|routes?)\b"
)
"""Words for every route of the API: "all api endpoints", "every endpoint", "all of the routes"."""
_QUERY_LEAD = re.compile(r"(?i)\bquery[ -](?:string|parameters?)\s*:\s*$")
"""A sentence ending on the query that follows: "... if requested with the query string:"."""
_QUERY_BLOCK = re.compile(r"^\?(?P<pairs>[A-Za-z_][\w.-]*=[^&\s]*(?:&[A-Za-z_][\w.-]*=[^&\s]*)*)$")
"""A code block that is a query alone: `?embed=true&links=true`."""
_EXCEPT = re.compile(r"(?i)\b(?:except|excluding|but\s+not|other\s+than)\b(?P<rest>[^.)]*)")
_CODED_PATH = re.compile(r"`(/[^`\s]*)`")


def shared_query_strings(
    docs: Iterable[Document], endpoints: Iterable[Endpoint], add: Callable[[Endpoint, Param], None]
) -> None:
    """Give every route of the page the query parameters of a query string a sentence says all its endpoints
    take (the module's docstring), save the routes the sentence excepts."""
    endpoints = list(endpoints)
    for doc in docs:
        for section in doc.sections:
            for lead, block in zip(section.blocks, section.blocks[1:], strict=False):
                if lead.kind != "text" or block.kind != "code":
                    continue
                text = " ".join(lead.text.split())
                query = _QUERY_BLOCK.match(block.text.strip())
                if query is None or not _QUERY_LEAD.search(text) or not _ALL_ROUTES.search(text):
                    continue
                names = [pair.split("=", 1)[0] for pair in query["pairs"].split("&")]
                give_all_routes(doc, endpoints, text, names, block, add, loosen=True)


def give_all_routes(
    doc: Document,
    endpoints: list[Endpoint],
    sentence: str,
    names: list[str],
    block: Block,
    add: Callable[[Endpoint, Param], None],
    *,
    loosen: bool,
) -> None:
    """Give each of the page's routes but those `sentence` excepts by coded path ("except `/auth_token`") the
    optional query parameters `names`; with `loosen`, one a route already has is no longer required."""
    excepted = {path_key(path) for match in _EXCEPT.finditer(sentence) for path in _CODED_PATH.findall(match["rest"])}
    for endpoint in (e for e in endpoints if e.where.file == doc.file):
        if path_key(endpoint.path) in excepted:
            continue
        for name in names:
            if (name, "query") not in endpoint.params:
                add(endpoint, Param(name, "query", block.where, False, origin="prose"))
            elif loosen:
                endpoint.params[(name, "query")].required = False


__all__ = ["give_all_routes", "shared_query_strings"]
