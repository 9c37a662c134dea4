"""Inputs stated in a route table row's description cell, in the fifty-third registry batch
(benchmarks/docs/registry_truth): `| PATCH | /api/users/{id}/flags | Update flags: {"admin": bool, "active": bool} |`
writes the body as an object with type words for values, which JSON refuses; its keys are the row's body
fields all the same. "Optional header `X-Origin`" in the cell names a header the request sends, not needed.
"Multipart upload, field name `photo`" or "JSON body with `photoUrl`" says the body is made of that field: the
request cannot go without it; "JSON body with optional `caption`" says it may. A
coded name the cell does not call a header, and an object in a row with no request, give nothing."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

ROWS = """\
# Users

## Admin endpoints

| Method | Path | Description |
|---|---|---|
| `PATCH` | `/api/users/{id}/flags` | Update flags: `{"admin": bool, "active": bool, "quota": int}` |
| `POST` | `/api/events` | Send an event. Optional header `X-Origin` (default `"web"`) |
| `DELETE` | `/api/users/{id}` | Remove a user, closing sessions with code `1008` |

| Frame | Sent to |
|---|---|
| `{"kind": string, "seq": int}` | every client |
"""


def test_a_row_cell_states_a_sketched_body_and_a_header(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, ROWS)
    assert set(ops) == {("PATCH", "/api/users/{id}/flags"), ("POST", "/api/events"), ("DELETE", "/api/users/{id}")}
    assert params_of(ops[("PATCH", "/api/users/{id}/flags")]) == {
        ("id", "path"): True,
        ("admin", "body"): False,
        ("active", "body"): False,
        ("quota", "body"): False,
    }
    assert params_of(ops[("POST", "/api/events")]) == {("X-Origin", "header"): False}
    assert params_of(ops[("DELETE", "/api/users/{id}")]) == {("id", "path"): True}


MADE_OF = """\
# Pictures

| Route | What it does |
| --- | --- |
| `POST /pictures` | Multipart upload, field name `photo` |
| `POST /pictures-url` | JSON body with `photoUrl` (or `photo_url`) |
| `POST /captions` | JSON body with optional `caption` |
| `GET /pictures` | List pictures with `limit` |
"""


def test_a_cell_saying_the_body_is_one_field_makes_it_required(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, MADE_OF)
    assert params_of(ops[("POST", "/pictures")]).get(("photo", "body")) is True
    assert params_of(ops[("POST", "/pictures-url")]).get(("photoUrl", "body")) is True
    assert params_of(ops[("POST", "/captions")]).get(("caption", "body"), False) is False
    assert ("limit", "body") not in params_of(ops[("GET", "/pictures")])
