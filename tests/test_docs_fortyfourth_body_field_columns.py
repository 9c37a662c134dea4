"""A route table whose second column lists each request's body fields, in the forty-fourth registry batch
(benchmarks/docs/registry_truth): `| Endpoint | Body Fields |` over `` | `POST /jobs/rotate` | `year`, `keep`,
`dry_run` | `` and `` `request_id` (optional — omit for all) ``. Each coded name of such a cell is a body field of
the row's request; a note calling one optional makes it optional. A description column whose cell is a sentence
mentioning a coded name gives no field."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

FIELDS = """\
# Jobs service

## Actions

All action endpoints accept a JSON body.

| Endpoint | Body Fields |
|----------|-------------|
| `POST /jobs/rotate` | `year`, `keep`, `dry_run` |
| `POST /jobs/check` | `request_id` (optional — omit to check all) |
| `POST /jobs/clean` | `retention_days`, `dry_run` |
"""


def test_a_body_fields_column_lists_each_requests_fields(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, FIELDS)
    assert set(ops) == {("POST", "/jobs/rotate"), ("POST", "/jobs/check"), ("POST", "/jobs/clean")}
    assert params_of(ops[("POST", "/jobs/rotate")]) == {
        ("year", "body"): False,
        ("keep", "body"): False,
        ("dry_run", "body"): False,
    }
    assert params_of(ops[("POST", "/jobs/check")]) == {("request_id", "body"): False}
    assert set(params_of(ops[("POST", "/jobs/clean")])) == {("retention_days", "body"), ("dry_run", "body")}


DESCRIBED = """\
# Jobs service

## Actions

| Endpoint | Description |
|----------|-------------|
| `POST /jobs/rotate` | `year`, `keep`, `dry_run` |
| `POST /jobs/check` | Checks the jobs; the `request_id` of one is printed in the log |
"""


def test_a_description_column_gives_no_body_fields(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DESCRIBED)
    assert set(ops) == {("POST", "/jobs/rotate"), ("POST", "/jobs/check")}
    assert not any(location == "body" for location in (loc for _, loc in params_of(ops[("POST", "/jobs/rotate")])))
    assert ("request_id", "body") not in params_of(ops[("POST", "/jobs/check")])
