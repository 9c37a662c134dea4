"""An inline JSON body in a route table's description cell whose values list their alternatives joined by a bar,
in the sixty-first registry batch (benchmarks/docs/registry_truth): a `| Method | Path | Description |` table
says "Set the mode `{"mode": "fast"\\|"slow"}`" (the bar escaped so that it does not end the Markdown cell). Read
with each run of alternatives standing for its first value the object is a JSON example, so its top-level keys
are the write's body fields (none said to be required) and the string alternatives are the field's allowed
values. The same object after "returns", or on a read (GET), gives no parameter."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

TABLE = """\
# Player API

## Routes

| Method | Path | Description |
|---|---|---|
| GET | `/mode` | Current mode, returns `{"mode": "fast"\\|"slow"}` |
| POST | `/mode` | Set the mode `{"mode": "fast"\\|"slow"}` |
| POST | `/level` | Set the level `{"level": 1\\|2\\|3, "note": "..."}` |
| POST | `/reset` | Reset; returns `{"state": "idle"\\|"busy"}` |
"""


def test_a_cell_object_with_alternative_values_gives_body_fields(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, TABLE)
    assert params_of(ops[("POST", "/mode")]) == {("mode", "body"): False}
    assert params_of(ops[("POST", "/level")]) == {("level", "body"): False, ("note", "body"): False}
    body = ops[("POST", "/mode")]["requestBody"]["content"]["application/json"]["schema"]
    assert body["properties"]["mode"].get("enum") == ["fast", "slow"]


def test_returned_objects_and_reads_give_no_parameter(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, TABLE)
    assert params_of(ops[("GET", "/mode")]) == {}
    assert params_of(ops[("POST", "/reset")]) == {}
