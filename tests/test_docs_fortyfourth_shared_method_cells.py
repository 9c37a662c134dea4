"""A route table's cell naming several paths after one method, in the forty-fourth registry batch
(benchmarks/docs/registry_truth): `` `GET /_mock/invoices`, `/_mock/invoices/<id>`, `/_mock/invoices/<id>/document` ``
in a headerless two-column table. Every path of the run is a GET of its own. Paths differing only in a last segment
that is a value (`` `GET /terms/BT-13`, `/terms/BG-25` ``) are examples of one route with a placeholder; words there
(`/binding/Invoice`, `/binding/CreditNote`) stay routes. A description cell that mentions a route and then a path
("the document is at `/sent/<id>`") gives no route of that path."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

RUNS = """\
# Mock

**What a test uses**:

| | |
| --- | --- |
| `GET /_mock/invoices`, `/_mock/invoices/<id>`, `/_mock/invoices/<id>/document` | what is held; one; and as sent |
| `POST /_mock/orders` | Bill an order, as `POST /_mock/sent` would: the document is at `/_mock/sent/<id>` |
| `GET /_mock/terms/BT-13`, `/_mock/terms/BG-25` | one term or one group, as in the list |
| `GET /_mock/binding/Invoice`, `/_mock/binding/CreditNote` | where each term is in that document |
"""


def test_each_path_after_the_method_is_a_request(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, RUNS)
    assert {("GET", "/_mock/invoices"), ("GET", "/_mock/invoices/{id}"), ("GET", "/_mock/invoices/{id}/document")} <= (
        set(ops)
    )
    assert ("id", "path") in params_of(ops[("GET", "/_mock/invoices/{id}/document")])
    assert {("GET", "/_mock/binding/Invoice"), ("GET", "/_mock/binding/CreditNote")} <= set(ops)
    assert ("GET", "/_mock/sent/{id}") not in ops


def test_value_siblings_are_one_route_with_a_placeholder(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, RUNS)
    terms = [key for key in ops if key[1].startswith("/_mock/terms/")]
    assert len(terms) == 1 and terms[0][1].endswith("}")
    assert ("GET", "/_mock/terms/BT-13") not in ops


VERSIONS = """\
# Mock

| | |
| --- | --- |
| `GET /api/v1`, `/api/v2` | the index of each version |
"""


def test_version_siblings_stay_routes(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, VERSIONS)
    assert set(ops) == {("GET", "/api/v1"), ("GET", "/api/v2")}
