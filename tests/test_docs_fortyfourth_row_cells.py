"""A route table's description cell that mentions another route in passing, in the forty-fourth registry batch
(benchmarks/docs/registry_truth): `` `POST /orders/<id>/invoices` | Write the invoice and send it as
`POST /sent` would. `{"lines": [{"line": "10", "quantity": 15}]}` bills that much of those lines ``. The cell that
opens with the request names the row's route; the other stays its description, so the body example there is the
row's route's, and the route it mentions takes nothing from the row."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

MENTIONED = """\
# Supplier

| | |
| --- | --- |
| `POST /sent` | Send this invoice to the buyer |
| `POST /orders/<id>/invoices` | Send it as `POST /sent` would. `{"lines": [{"line": "10"}]}` bills those lines |
"""


def test_a_description_mentioning_a_route_stays_the_rows(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, MENTIONED)
    assert set(ops) == {("POST", "/sent"), ("POST", "/orders/{id}/invoices")}
    assert ("lines", "body") in params_of(ops[("POST", "/orders/{id}/invoices")])


def test_the_mentioned_route_takes_nothing_from_the_row(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, MENTIONED)
    assert ("lines", "body") not in params_of(ops[("POST", "/sent")])


LABELLED = """\
# Users

| Operation | Description |
| --- | --- |
| List users: `GET /users` | Every user. `?active=true` keeps the active ones |
"""


def test_a_row_whose_route_cell_opens_with_a_label_reads_as_before(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, LABELLED)
    assert ("active", "query") in params_of(ops[("GET", "/users")])
