"""A page-wide sentence saying list responses come in pages, and naming the query parameter that turns them:

    ### Pagination

    API responses are paginated. Use `?page=N` parameter to retrieve additional pages.

Paging is what a collection's read does: every GET of a list (a path that does not end in a placeholder) takes
the named parameter in its query, optional (the first page comes without it). A member's read (`/items/{id}/`)
answers one object, not pages, and so do the caller's own item (`/authors/me/`) and a route named as a file or
after a format (`/sitemap.xml`, `/feeds/rss/`): one document, not a list; writes send no page number.

Read only where the sentence stands in a section that states no route (a note on the API as a whole, not on one
endpoint's answer) and its subject is the API's answers in general ("API responses are paginated", "All list
results are paginated"), not "this endpoint's". The names are those written in code as a query (`?page=N`,
`&per_page=50`) in the same paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from .blocks import Section
from .endpoint import Endpoint
from .mention import Mention
from .params import Param, valid_name

_PAGED = re.compile(
    r"(?i)(?:^|[.!?]\s+)(?:(?:all|most|the)\s+)?(?:api\s+|list\s+|collection\s+)?(?:responses|results|lists|listings)"
    r"\s+(?:are|will\s+be|get)\s+paginated\b"
)
_QUERY_NAME = re.compile(r"`[^`\s]*?[?&](?P<name>[A-Za-z_][\w.-]*)=[^`\s]*`")
_ITEM_TAIL = re.compile(r"\{[^{}/]+\}/?$")
_ONE_DOCUMENT = re.compile(r"(?i)/(?:me|rss|atom|[\w-]+\.(?:xml|json|csv|txt|html?))/?$")


def paged_collections(
    file: str, sections: list[Section], mentions: list[list[Mention]], endpoints: Iterable[Endpoint]
) -> Iterator[tuple[Endpoint, Param]]:
    """(a collection's GET of the document `file`, its page parameter) for each query name a page-wide pagination
    sentence of the document names (see the module)."""
    names: list[str] = []
    for section, found in zip(sections, mentions, strict=True):
        if found:
            continue
        for block in (b for b in section.blocks if b.kind == "text"):
            text = " ".join(block.text.split())
            if _PAGED.search(text):
                names += [m["name"] for m in _QUERY_NAME.finditer(text) if valid_name(m["name"])]
    if not names:
        return
    for endpoint in endpoints:
        if (
            endpoint.where.file == file
            and endpoint.method == "GET"
            and not _ITEM_TAIL.search(endpoint.path)
            and not _ONE_DOCUMENT.search(endpoint.path)
        ):
            for name in dict.fromkeys(names):
                yield endpoint, Param(name, "query", endpoint.where, False, origin="prose")
