"""A query string written in square brackets right after the path, in the sixty-fourth registry batch
(benchmarks/docs/registry_truth): `GET /api/routes[?inactive_since=ISO8601-timestamp]` is `GET /api/routes` with an
optional query parameter `inactive_since`, not a route `/api/routes[`. A bracket holding a whole segment
(`/tx/[:txid]`, a value) or a template whose query opens outside brackets is another notation, left as it was."""

from __future__ import annotations

from pathlib import Path

from mcpgen.ingest.docs.bracketed_query_strings import unbracketed_query
from tests.operations import extracted_operations, params_of

DOC = """\
# Proxy

## Getting the routing table

**Request:**

    GET /api/routes[?inactive_since=ISO8601-timestamp]

**Parameters:**

`inactive_since`: If the `inactive_since` URL parameter is given, only older routes are returned.

## Listing claims

**Request:**

    GET /api/claims[?limit=N][&marker=M]
"""


def test_a_bracketed_query_is_the_routes_optional_query(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert set(ops) == {("GET", "/api/routes"), ("GET", "/api/claims")}
    assert params_of(ops[("GET", "/api/routes")]) == {("inactive_since", "query"): False}
    assert params_of(ops[("GET", "/api/claims")]) == {("limit", "query"): False, ("marker", "query"): False}


def test_other_brackets_are_left_alone() -> None:
    assert unbracketed_query("/api/routes[?since=ts]") == "/api/routes?since=ts"
    assert unbracketed_query("/api/routes[?since=ts") == "/api/routes?since=ts"  # a request line's cut `]`
    assert unbracketed_query("/tx/[:txid]") == "/tx/[:txid]"
    assert unbracketed_query("/speak?text=<t>[&lang=x]") == "/speak?text=<t>[&lang=x]"
    assert unbracketed_query("/a[?x]/b") == "/a[?x]/b"  # not a query: the path goes on after it
