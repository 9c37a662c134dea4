"""A section titled as a chapter on extending the server ("Adding new routes") whose request line is a route the
page states elsewhere, in the sixty-fourth registry batch (benchmarks/docs/registry_truth): an API whose resource is
itself a route (a proxy's routing table) describes its own `POST /api/routes/[:path]` there, the operation of its
endpoint table's `POST | /api/routes/{route_spec}` row, and the section is that operation's. A chapter whose routes
the page states nowhere else stays the reader's to add."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

TABLE = """\
# Proxy

## REST API Basics

| HTTP method | Endpoint | Function |
| --- | --- | --- |
| GET | /api/routes | Get all routes |
| POST | /api/routes/{route_spec} | Add a new route |

"""

DOC = (
    TABLE
    + """\
## Adding new routes

POST requests create new routes.

**Request:**

    POST /api/routes/[:path]

**Required input:**

`target`: The host URL
"""
)

NEAR = (
    TABLE
    + """\
## Adding new routes

Register a route of your own in the server's code:

    POST /api/reports/summary
"""
)


def test_a_chapter_restating_a_stated_route_is_its_operations_section(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert set(ops) == {("GET", "/api/routes"), ("POST", "/api/routes/{path}")}
    assert params_of(ops[("POST", "/api/routes/{path}")]) == {("path", "path"): True, ("target", "body"): True}


def test_a_chapter_of_routes_stated_nowhere_else_is_still_left_out(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, NEAR)
    assert set(ops) == {("GET", "/api/routes"), ("POST", "/api/routes/{route_spec}")}
