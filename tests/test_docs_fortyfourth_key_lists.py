"""A request body written as its keys alone in a route table's description, in the forty-fourth registry batch
(benchmarks/docs/registry_truth): "the buyer says something of it: `{"code", "reasons", "note"}`", "how the buyer
behaves: `{"answers": ...}`". The keys introduced by a colon are the body's fields; a shape a sentence says a
member *is* ("The buyer is `{"name", "country"}`") and one the route answers with are not."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

KEYS = """\
# Mock

| | |
| --- | --- |
| `POST /orders` | Tell the supplier of an order: `{"number", "buyer", "lines"}`. The buyer is `{"name", "country"}` |
| `PATCH /buyer` | how the buyer behaves: `{"answers": ...}` |
| `POST /advance` | move the clock forward. It answers `{"from", "to", "seconds"}` |
"""


def test_keys_after_a_colon_are_body_fields(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, KEYS)
    assert set(params_of(ops[("POST", "/orders")])) == {("number", "body"), ("buyer", "body"), ("lines", "body")}
    assert set(params_of(ops[("PATCH", "/buyer")])) == {("answers", "body")}


def test_a_members_shape_and_an_answer_are_no_fields(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, KEYS)
    assert ("name", "body") not in params_of(ops[("POST", "/orders")])
    assert not params_of(ops[("POST", "/advance")])
