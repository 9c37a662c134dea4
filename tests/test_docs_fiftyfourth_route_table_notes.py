"""What a route table's rows and the prose around them add, in the fifty-fourth registry batch
(benchmarks/docs/registry_truth): a row's own example request (`curl http://host/jobs/recent?limit=5` beside
`/jobs/recent`) gives that route the query parameters of its URL, optional; a note "`page` is 1-indexed" names the
page parameter of the routes whose description says they paginate; a sentence writing a table route without its
prefix (`GET /jobs/failed` for `/api/v2/jobs/failed`) is no route of its own."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

TABLE = """\
# Service

## Conventions

- `page` is **1-indexed** on the wire.
- `state` is `open` or `done`.

## Endpoints

| Endpoint | Method | Description | Example |
| --- | --- | --- | --- |
| `/api/v2/jobs/recent` | GET | Recent jobs | `curl http://localhost:9000/api/v2/jobs/recent?limit=5` |
| `/api/v2/jobs/failed` | GET | Failed jobs | `curl http://localhost:9000/api/v2/jobs/failed` |
| `/api/v2/jobs` | GET | List jobs with filters and pagination | `curl http://localhost:9000/api/v2/jobs` |
| `/api/v2/queues` | GET | Queues | `curl http://localhost:9000/api/v2/jobs?state=open` |

## Notes

The store keeps no failure index, so `GET /jobs/failed` scans every job and keeps the failed ones.
"""


def test_a_rows_example_query_is_its_routes(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, TABLE)
    assert params_of(ops[("GET", "/api/v2/jobs/recent")]) == {("limit", "query"): False}
    assert ("state", "query") not in params_of(ops[("GET", "/api/v2/queues")])  # another route's example


def test_a_page_note_goes_to_the_routes_that_paginate(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, TABLE)
    assert params_of(ops[("GET", "/api/v2/jobs")]).get(("page", "query")) is False
    assert ("page", "query") not in params_of(ops[("GET", "/api/v2/jobs/failed")])


def test_a_route_written_without_its_prefix_is_no_route(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, TABLE)
    assert ("GET", "/jobs/failed") not in ops
    assert ("GET", "/api/v2/jobs/failed") in ops
