"""One operation per route: two endpoints that end up with the same method and path are one.

A route can be found twice under different keys and come out the same once the base's path is taken off: the
overview states `POST /api/send`, and an example call made relative to a base that ends in `/api` is `POST /send`;
both are `/send` under that base. The OpenAPI document holds one operation per method and path, so one of the two
would silently replace the other, with everything it was found to take. They are one operation: the parameters,
example bodies and description of both are kept on the one the document states (a request line, rather than an
example call), else the first in reading order."""

from __future__ import annotations

from .endpoint import Endpoint, Extraction


def one_per_route(extraction: Extraction) -> Extraction:
    """The extraction with the endpoints that share a method and path merged into one."""
    kept: dict[tuple[str, str], Endpoint] = {}
    merged: list[Endpoint] = []
    for endpoint in extraction.endpoints:
        key = (endpoint.method, endpoint.path)
        other = kept.get(key)
        if other is None:
            kept[key] = endpoint
            merged.append(endpoint)
            continue
        first, second = (endpoint, other) if _surer(endpoint, other) else (other, endpoint)
        _absorb(first, second)
        if first is endpoint:
            merged[merged.index(other)] = endpoint
            kept[key] = endpoint
    extraction.endpoints = merged
    return extraction


def _surer(endpoint: Endpoint, other: Endpoint) -> bool:
    """Whether `endpoint` is stated more surely than `other` (a request line over an example call)."""
    return (endpoint.primary, endpoint.owned) > (other.primary, other.owned)


def _absorb(into: Endpoint, endpoint: Endpoint) -> None:
    for param in endpoint.params.values():
        into.add(param)
    into.request_examples.extend(e for e in endpoint.request_examples if e not in into.request_examples)
    into.response_examples.extend(e for e in endpoint.response_examples if e not in into.response_examples)
    into.summary = into.summary or endpoint.summary
    into.description = into.description or endpoint.description
    into.body_kind = into.body_kind or endpoint.body_kind
    into.requests += endpoint.requests
    into.examples += endpoint.examples


__all__ = ["one_per_route"]
