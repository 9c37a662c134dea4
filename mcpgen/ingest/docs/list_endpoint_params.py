"""Parameters a general section gives every *list* endpoint, and the list endpoints they go to:

    Pagination
    ==========

    All *list* endpoints support the ``page_size`` parameter that allows paginating
    the results in conjunction with the ``page`` parameter.

    ...

    List firmware builds               Subnet View / GET
    ####################               Returns the list of ``Subnet`` instances.
    GET /api/v1/build/                 /api/v1/subnet/

A sentence saying that all list endpoints (routes, operations) take parameters it names in code is a statement
about a kind of operation, not about one route: each GET of the document that is a list endpoint takes them, as
optional query parameters (paging a listing is reading it, so they go in the query string). A list endpoint is a
GET whose own section says it lists: its heading opens with "List" or says "list of" ("Get list of images"), or
its text says it returns (retrieves, gets) *the* list of something ("Returns the list of IP addresses"); an
operation that returns "a list representing" what an action would do is an action, not a listing. A sentence that
speaks of all endpoints without the word "list", or names no parameter in code, gives nothing here.

The sentence may give the parameters as a query string in code instead of naming them ("All list endpoints
support: `?offset=0&limit=20&fields=id,name`"): each key of the query is such a parameter, the values examples.
Where no section of the document says it lists (the routes are only listed, `GET/POST /v4/resource` over
`GET/PATCH/DELETE /v4/resource/{id}`), a list endpoint is the GET of a collection: a path whose item route, the same
path with one placeholder segment more, the document also states; a GET of an item, or of a path with no item route
(`GET /health`), lists nothing."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .blocks import Section
from .endpoint import Endpoint
from .params import Param, valid_name

_ALL_LIST = re.compile(
    r"(?i)\ball\s+(?:the\s+)?[*_]?list[*_]?\s+(?:endpoints?|routes?|operations?|calls?|requests?|views?|apis?)\b"
)
_CODED = re.compile(r"`([^`\s]+)`")
_CODED_QUERY = re.compile(r"`\?(?P<pairs>[A-Za-z_][\w.-]*=[^&`\s]*(?:&[A-Za-z_][\w.-]*=[^&`\s]*)*)`")
"""A query string in code, `?offset=0&limit=20`: its keys are the parameters named."""
_LIST_TITLE = re.compile(r"(?i)^\W*list\b|\blist\s+of\b")
_LIST_TEXT = re.compile(r"(?i)\b(?:returns?|retrieves?|gets?|lists?|fetch(?:es)?)\s+the\s+list\s+of\b")


def _stated_names(sections: list[Section]) -> list[tuple[str, Section]]:
    """The names in code of each sentence that gives all list endpoints parameters, with its section."""
    found: list[tuple[str, Section]] = []
    for section in sections:
        for block in (b for b in section.blocks if b.kind == "text"):
            for sentence in re.split(r"(?<=[.!?])\s+", block.text):
                if _ALL_LIST.search(sentence) and re.search(r"(?i)\bparam(?:eter)?s?\b", sentence):
                    found.extend(
                        (n, section) for n in _CODED.findall(sentence) if valid_name(n) and n not in dict(found)
                    )
                elif _ALL_LIST.search(sentence) and (queries := _CODED_QUERY.findall(sentence)):
                    names = [pair.split("=")[0] for pairs in queries for pair in pairs.split("&")]
                    found.extend((n, section) for n in names if valid_name(n) and n not in dict(found))
    return found


def _lists(section: Section) -> bool:
    if _LIST_TITLE.search(section.title):
        return True
    return any(_LIST_TEXT.search(b.text) for b in section.blocks if b.kind == "text")


def list_endpoint_params(
    sections: list[Section], keys: list[list[tuple[str, str]]], endpoints: dict[tuple[str, str], Endpoint]
) -> Iterator[tuple[Endpoint, Param]]:
    """(endpoint, optional query parameter) for each parameter a sentence gives all list endpoints, on each GET
    whose section says it lists."""
    names = _stated_names(sections)
    if not names:
        return
    listing = [
        key
        for section, section_keys in zip(sections, keys, strict=True)
        if _lists(section)
        for key in dict.fromkeys(section_keys)
        if key[0] == "GET" and key in endpoints
    ]
    if not any(_lists(section) for section in sections):  # routes only listed: the GETs of collections
        paths = {path for _, path in endpoints}
        listing = [key for key in endpoints if key[0] == "GET" and _collection(key[1], paths)]
    for key in dict.fromkeys(listing):
        for name, source in names:
            where = next((b.where for b in source.blocks if b.kind == "text"), source.where)
            yield endpoints[key], Param(name, "query", where, required=False, origin="prose")


def _collection(path: str, paths: set[str]) -> bool:
    """`path` has an item route among `paths`: itself and one placeholder segment more (`/items`, `/items/{}`)."""
    return "?" not in path and not path.endswith("{}") and f"{path.rstrip('/')}/{{}}" in paths
