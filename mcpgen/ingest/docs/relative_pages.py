"""A page of a documentation set that writes its routes relative to the API root, while the other pages write
them in full: an index lists `GET /elections` and `GET /elections/{id}`, and each endpoint's own page states
`GET /v1/elections`, `GET /v1/elections/{id}`. The index names the same endpoints without the prefix the pages
carry (`/v1`), so its routes are under that prefix: `/elections` is `/v1/elections`, and a route only the index
names (its page not in the set) is under it too.

Read only where it is unambiguous: several files; every route of the other files under one literal prefix; none
of the page's own routes under it; and at least two of them (or all, for a page of one route) found again, with
the same method, under that prefix and nowhere else.
"""

from __future__ import annotations

from collections.abc import Callable

from .endpoint import Endpoint
from .params import Param
from .requests import path_key


def _prefix(key: str, longer: str) -> str:
    """The literal segments `longer` adds in front of `key` (`/v1` for `/elections` in `/v1/elections`), else ""."""
    if key == "/" or not longer.endswith(key) or longer == key:
        return ""
    prefix = longer[: len(longer) - len(key)]
    literal = prefix.startswith("/") and not prefix.endswith("/") and "{" not in prefix and "?" not in prefix
    return prefix if literal else ""


def _under(endpoint: Endpoint, prefix: str) -> bool:
    key = path_key(endpoint.path)
    return key == prefix or key.startswith(prefix + "/")


def _page_prefix(page: list[Endpoint], others: list[Endpoint]) -> str:
    """The one prefix under which the other files find this page's routes again, when the rule holds; else ""."""
    found = {
        (e.method, _prefix(path_key(e.path), path_key(o.path))) for e in page for o in others if o.method == e.method
    }
    prefixes = {p for _, p in found if p}
    if len(prefixes) != 1:
        return ""
    (prefix,) = prefixes
    if not all(_under(o, prefix) for o in others) or any(_under(e, prefix) for e in page):
        return ""
    twins = sum(
        any(o.method == e.method and path_key(o.path) == prefix + path_key(e.path) for o in others) for e in page
    )
    return prefix if twins >= min(2, len(page)) else ""


def under_stated_prefix(
    endpoints: dict[tuple[str, str], Endpoint], add_param: Callable[[Endpoint, Param], None]
) -> None:
    """Each page's routes written relative to the root the other pages state, moved under its prefix; one the
    others already describe takes what the page says of it (its description, its parameters)."""
    files = sorted({e.where.file for e in endpoints.values()})
    if len(files) < 2:
        return
    moves: list[tuple[Endpoint, str]] = []
    for file in files:
        page = [e for e in endpoints.values() if e.where.file == file]
        others = [e for e in endpoints.values() if e.where.file != file]
        if prefix := _page_prefix(page, others):
            moves.extend((e, prefix) for e in page)
    for endpoint, prefix in moves:
        del endpoints[next(k for k, e in endpoints.items() if e is endpoint)]
        endpoint.path = prefix + endpoint.path
        key = (endpoint.method, path_key(endpoint.path))
        stated = endpoints.get(key)
        if stated is None:
            endpoints[key] = endpoint
            continue
        for param in (p for p in endpoint.params.values() if p.location != "path"):
            add_param(stated, param)
        stated.summary = stated.summary or endpoint.summary
        stated.description = stated.description or endpoint.description
        stated.request_examples.extend(e for e in endpoint.request_examples if e not in stated.request_examples)
        stated.response_examples.extend(e for e in endpoint.response_examples if e not in stated.response_examples)
