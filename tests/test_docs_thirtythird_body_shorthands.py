"""A request body written as a shorthand set of field names in a route table's description cell, in the
thirty-third registry batch (benchmarks/docs/registry_truth): a `| Method | Path | Description |` table says
"Create a session (body: `{tags, spec}`)". The "body:" label makes the braces the request's JSON object and the
bare names its fields, none said to be required. Braces after "returns" or a "response body:" label describe
what comes back and give no parameter."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

TABLE = """\
# Store API

## Items

| Method | Path | Description |
|---|---|---|
| `GET` | `/items` | List items (returns `{items, total}`) |
| `POST` | `/items` | Create an item (body: `{name, labels}`) |
| `PUT` | `/items/{id}` | Replace an item (response body: `{id, state}`) |
"""


def test_a_labelled_shorthand_body_in_a_cell_gives_its_fields(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, TABLE)
    assert params_of(ops[("POST", "/items")]) == {("name", "body"): False, ("labels", "body"): False}


def test_returned_or_response_braces_give_no_parameter(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, TABLE)
    assert params_of(ops[("GET", "/items")]) == {}
    assert params_of(ops[("PUT", "/items/{id}")]) == {("id", "path"): True}
