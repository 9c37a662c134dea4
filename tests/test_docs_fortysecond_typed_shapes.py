"""A request body written as a typed shape in a route table's description cell, in the forty-second registry
batch (benchmarks/docs/registry_truth): a `| Method path | Auth | Purpose |` table with a row
`` POST `/api/notes` | yes | `{"title": str|null, "tag"?: str}` -> 201 ``.

The braces are TypeScript's shape of the body: `?` after a key marks it optional, so the unmarked keys are the
ones the request cannot go without (`str|null` says the value may be null, not that the key may be left out).
Quoted keys with no `?` anywhere are a JSON example and say nothing of what is required, and a shape after the
arrow is the answer."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

TABLE = """\
# Notes service

## API

| Method path | Auth | Purpose |
|---|---|---|
| GET `/health` | no | `{"ok": true}` |
| POST `/api/notes` | yes | `{"title": str\\|null, "tag"?: str, "body"?: str}` -> 201 Note |
| PUT `/api/notes/{id}` | yes | `{"title": str\\|null, "tag"?: str}` -> 200 |
| PATCH `/api/notes/{id}` | yes | Example: `{"title": "x", "tag": "y"}` |
| DELETE `/api/notes/{id}` | yes | -> `{"gone"?: bool, "id": str}` |
"""


def test_a_typed_shape_with_optional_marks_gives_required_and_optional_fields(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, TABLE)
    assert params_of(ops[("POST", "/api/notes")]) == {
        ("title", "body"): True,
        ("tag", "body"): False,
        ("body", "body"): False,
    }
    assert params_of(ops[("PUT", "/api/notes/{id}")]) == {
        ("id", "path"): True,
        ("title", "body"): True,
        ("tag", "body"): False,
    }


def test_a_json_example_or_an_answer_says_nothing_required(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, TABLE)
    assert not any(
        required for (_, where), required in params_of(ops[("PATCH", "/api/notes/{id}")]).items() if where == "body"
    )
    assert params_of(ops[("DELETE", "/api/notes/{id}")]) == {("id", "path"): True}
    assert params_of(ops[("GET", "/health")]) == {}
