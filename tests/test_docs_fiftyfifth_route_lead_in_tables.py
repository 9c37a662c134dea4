"""A parameter table introduced by a line naming its route, in the fifty-fifth registry batch
(benchmarks/docs/registry_truth): a section holds a `| Method | Path |` table of several routes, then "Query
parameters for `/items/{item_id}`:" over a `| Param | Default | Description |` table. The lead-in says whose
parameters the table lists, so they are that route's query, not those of the route the section was read as
continuing (the one named last before it). A lead-in about the response gives no parameter."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

LEAD_IN = """\
# Shop

## Tracking

Clicks are sent with `POST /clicks`.

## Serving

| Method | Path | Description |
| --- | --- | --- |
| `GET` | `/health` | Liveness |
| `GET` | `/items/{item_id}` | One item |
| `POST` | `/clicks` | Report clicks |

Query parameters for `/items/{item_id}`:

| Param | Default | Description |
| --- | --- | --- |
| `limit` | 10 | Rows to return |
| `colour` | _(none)_ | Keep one colour |
"""

RESPONSE = LEAD_IN.replace("Query parameters for", "Response fields of")


def test_a_table_led_in_by_its_route_gives_that_routes_query(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, LEAD_IN)
    assert params_of(ops[("GET", "/items/{item_id}")]) == {
        ("item_id", "path"): True,
        ("limit", "query"): False,
        ("colour", "query"): False,
    }
    assert params_of(ops[("POST", "/clicks")]) == {}
    assert params_of(ops[("GET", "/health")]) == {}


def test_a_response_lead_in_gives_no_parameter(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, RESPONSE)
    assert params_of(ops[("GET", "/items/{item_id}")]) == {("item_id", "path"): True}
