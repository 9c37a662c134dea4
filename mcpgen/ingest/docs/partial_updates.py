"""A PATCH whose example body sends some of the fields the PUT of the same path sends (`{"title": ...}` beside
PUT's `{"title": ..., "slug": ..., "owner": ...}`): a partial update of the representation PUT replaces, so it
takes each of PUT's fields, none required ("to update just a subset of the fields")."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from .endpoint import Endpoint
from .params import Param
from .requests import path_key


def _example_keys(endpoint: Endpoint) -> list[str]:
    keys: dict[str, None] = {}
    for example in endpoint.request_examples:
        if isinstance(example, dict):
            keys.update(dict.fromkeys(str(k) for k in example))
    return list(keys)


def partial_updates(endpoints: Iterable[Endpoint], add: Callable[[Endpoint, Param], None]) -> None:
    """Give each PATCH whose example fields are a strict subset of its path's PUT example fields the rest of
    PUT's fields, optional."""
    endpoints = list(endpoints)
    puts = {path_key(e.path): e for e in endpoints if e.method == "PUT"}
    for endpoint in endpoints:
        put = puts.get(path_key(endpoint.path)) if endpoint.method == "PATCH" else None
        whole = _example_keys(put) if put is not None else []
        own = set(_example_keys(endpoint))
        if not own or not own < set(whole):
            continue
        for name in whole:
            if (name, "body") not in endpoint.params:
                add(endpoint, Param(name, "body", endpoint.where, False, origin="example request"))
