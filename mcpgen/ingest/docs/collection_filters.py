"""A query-parameter list under a collection's route and its item's route, stated together:

    ### API Endpoint

    ```
    GET /api/usage_events/
    GET /api/usage_events/{id}/
    ```

    **Query Parameters:**
    - `start__gte`: Filter by start date/time greater than or equal
    - `tool_id`: Filter by tool ID

A section that names a resource's two reads, the list (`/api/usage_events/`) and one member of it (the same path
with one placeholder segment more), and then lists query parameters, lists what narrows the list: a member is
picked by its path, so searching, filtering and paging are the collection's. The list's parameters go to the
collection's GET alone (the item's route has its placeholder and nothing the list says). A section of other
routes (two collections, a GET and a POST), a list whose label names no query, and a list naming the item's
placeholder (then the list is the item's too, or both's) are left to the other rules.

The list may also be a subsection of its own under a table (or list) of a resource's routes:

    ## API Overview

    | Method | Endpoint      | Description        |
    | GET    | `/users`      | List rows          |
    | GET    | `/users/{id}` | Fetch a single row |
    | POST   | `/users`      | Add a row          |

    ### Query Parameters

    - `q`: Full-text search
    - `limit` & `offset`: Pagination

A subsection titled as query parameters, stating no request of its own, directly under a section whose routes
include exactly one collection read (a GET whose item route, the same path with one placeholder segment more, the
section also states), gives that listing's parameters (`subsection_filters`): the item and the writes take no
query that narrows a list. A parent stating two collections (which one?) or none, and a subsection under no
section of routes, are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .blocks import Block, Section
from .endpoint import Endpoint
from .params import Param, context_location, from_list

_ITEM_TAIL = re.compile(r"^/\{[^{}/]+\}/?$")


def _item_of(collection: Endpoint, item: Endpoint) -> bool:
    """Whether `item`'s path is `collection`'s with one placeholder segment more (`/users/{id}` of `/users`)."""
    base = collection.path.rstrip("/")
    return item.path.startswith(base) and _ITEM_TAIL.match(item.path[len(base) :]) is not None


def _filters(block: Block, holes: set[str]) -> list[Param]:
    """The query parameters a list block names, none if it names a placeholder of the routes (then it is the item's
    too, or both's)."""
    params = from_list(block, "query", labelled=True)
    return [] if any(p.name.lower() in holes for p in params) else params


def subsection_filters(
    section: Section, parent_keys: list[tuple[str, str]], endpoints: dict[tuple[str, str], Endpoint]
) -> Iterator[tuple[Endpoint, Param]]:
    """(the collection's endpoint, a parameter) for each name of a query list in `section`, a subsection stating
    no request under a section stating `parent_keys` that include one collection read (see the module)."""
    if context_location([section.title]) != "query":
        return
    named = [endpoints[k] for k in dict.fromkeys(parent_keys) if k in endpoints]
    collections = [e for e in named if e.method == "GET" and any(o.method == "GET" and _item_of(e, o) for o in named)]
    if len(collections) != 1:
        return
    collection = collections[0]
    holes = {name.lower() for e in named for name in re.findall(r"\{([^{}/]+)\}", e.path)}
    for block in section.blocks:
        if block.kind == "list":
            for param in _filters(block, holes):
                yield collection, param


def collection_filters(
    section: Section, keys: list[tuple[str, str]], endpoints: dict[tuple[str, str], Endpoint]
) -> Iterator[tuple[Endpoint, Param]]:
    """(the collection's endpoint, a parameter) for each name of a query list under a collection-and-item pair
    of GET routes (see the module)."""
    named = [endpoints[k] for k in dict.fromkeys(keys) if k in endpoints]
    if len(named) != 2 or any(e.method != "GET" for e in named):
        return
    collection, item = sorted(named, key=lambda e: len(e.path))
    if not _item_of(collection, item):
        return
    holes = {name.lower() for name in re.findall(r"\{([^{}/]+)\}", item.path)}
    label = ""
    for block in section.blocks:
        if block.kind == "text":
            label = block.text
            continue
        if block.kind == "list" and context_location([label]) == "query":
            for param in _filters(block, holes):
                yield collection, param
        label = ""
