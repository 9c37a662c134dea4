"""A page-wide list of query filters, in a section that states no route, whose item names the one collection it
filters:

    ### Query Parameters

    Most endpoints support filtering:
    - `id`: Filter by specific ID
    - `cancelled`: Filter reservations by cancellation status

The list says "most endpoints", so it is spread over none; but an item whose description names a collection the
page reads (`reservations`, the last segment of `GET /api/reservations/`) says which one it filters: that
collection's GET takes it in its query, optional. Items naming no collection, or several, are left alone; the
collection is matched by its own word, as the path writes it (a filter "by tool ID" names no `tools` collection).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace

from .blocks import Section
from .endpoint import Endpoint
from .mention import Mention
from .params import Param, context_location, from_list

_COLLECTION = re.compile(r"/(?P<word>[A-Za-z][\w-]*)/?$")


def named_filters(
    file: str, sections: list[Section], mentions: list[list[Mention]], endpoints: Iterable[Endpoint]
) -> Iterator[tuple[Endpoint, Param]]:
    """(the collection's GET, a filter) for each item of a route-less query list of the document `file` whose
    description names exactly one collection the document reads (see the module)."""
    reads: dict[str, list[Endpoint]] = {}
    for endpoint in endpoints:
        match = _COLLECTION.search(endpoint.path) if endpoint.method == "GET" else None
        if endpoint.where.file == file and match:
            reads.setdefault(match["word"].lower(), []).append(endpoint)
    for section, found in zip(sections, mentions, strict=True):
        if found or not reads or context_location([section.title]) != "query":
            continue
        for block in (b for b in section.blocks if b.kind == "list"):
            for param in from_list(block, "query", labelled=True):
                words = {w.lower() for w in re.findall(r"[A-Za-z][\w-]*", param.description)}
                named = [e for word in words & reads.keys() for e in reads[word]]
                if len(named) == 1:
                    yield named[0], replace(param, location="query", required=False)
