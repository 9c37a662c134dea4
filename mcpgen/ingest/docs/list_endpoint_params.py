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
speaks of all endpoints without the word "list", or names no parameter in code, gives nothing here."""

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
    for section, section_keys in zip(sections, keys, strict=True):
        if not _lists(section):
            continue
        for key in dict.fromkeys(section_keys):
            if key[0] == "GET" and key in endpoints:
                for name, source in names:
                    where = next((b.where for b in source.blocks if b.kind == "text"), source.where)
                    yield endpoints[key], Param(name, "query", where, required=False, origin="prose")
