"""An example request whose request line says GET but which sends a body, in the section of a write of the same
route, in the fifty-ninth registry batch (benchmarks/docs/registry_truth): under `## PUT /api/things/{thing_id}`,
a raw `GET /api/things/42` with headers and a body. The method word is a copy slip from the GET beside it: the
example, body and all, is the PUT's, and the GET of that route gains no body field. A GET example sending a body
under a GET section (a search that takes its query in the body) stays the GET's; a GET example with no body under
a PUT section is no example of the PUT."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

SLIPPED = """\
# /api/things

## GET /api/things/{thing_id}

Get a thing.

**Request:**

    GET /api/things/42
    Accept: application/json
    Host: localhost:8080

## PUT /api/things/{thing_id}

Update a thing.

**Request:**

    GET /api/things/42
    Accept: application/json
    Host: localhost:8080
    {
      "title": "Lamp",
      "colour": "red"
    }

**Response:**

    HTTP/1.1 200 OK
"""


def test_a_bodied_get_example_under_a_write_is_the_writes(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, SLIPPED)
    assert set(ops) == {("GET", "/api/things/{thing_id}"), ("PUT", "/api/things/{thing_id}")}
    put = params_of(ops[("PUT", "/api/things/{thing_id}")])
    assert {("title", "body"), ("colour", "body")} <= set(put)
    get = params_of(ops[("GET", "/api/things/{thing_id}")])
    assert not {name for name, location in get if location == "body"}


SEARCH = """\
# /api/things

## GET /api/things/_search

Search things; the query goes in the body.

**Request:**

    GET /api/things/_search
    Host: localhost:8080
    {
      "query": "lamp"
    }

## PUT /api/things/{thing_id}

Update a thing.

**Request:**

    GET /api/things/42
    Host: localhost:8080
"""


def test_a_get_example_keeps_its_method_under_a_get_or_without_a_body(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, SEARCH)
    assert ("query", "body") in params_of(ops[("GET", "/api/things/_search")])
    put = params_of(ops[("PUT", "/api/things/{thing_id}")])
    assert not {name for name, location in put if location == "body"}
