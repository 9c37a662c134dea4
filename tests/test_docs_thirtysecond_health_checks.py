"""A path named in a list item as being for health checks, in the thirty-second registry batch
(benchmarks/docs/registry_truth): a README writes its API routes as `METHOD /path` in sentences and, under
"`serve` listens on `http://127.0.0.1:8080`", a nested list of bare paths: the UI, the docs page, and
"`/health`: open, for health checks". A health check is a route a monitor polls, a GET, so it is an operation;
the other bare paths of the list (a UI, a documentation page) give none, nor does a health check named in a
sentence rather than as the item's path."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations

PAGE = """\
# notes-service

## Start

- `notes-service run` starts the service.
- `run` listens on `http://127.0.0.1:9000`:
  - `/app`: the web interface
  - `/reference`: the interactive API reference
  - `/alive`: unauthenticated, for liveness probes

## Notes

Create a note with `POST /v1/notes`, and read one back with `GET /v1/notes/{note_id}`.
"""

WITHOUT = """\
# notes-service

## Start

- `run` listens on `http://127.0.0.1:9000`:
  - `/app`: the web interface, which shows the health of every sync
  - `/reference`: the interactive API reference
- Health checks are configured in `checks.toml`.

## Notes

Create a note with `POST /v1/notes`, and read one back with `GET /v1/notes/{note_id}`.
"""


def test_a_path_described_as_a_health_check_is_a_get(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, PAGE)
    assert set(ops) == {("POST", "/v1/notes"), ("GET", "/v1/notes/{note_id}"), ("GET", "/alive")}


def test_other_bare_paths_of_the_list_give_no_operation(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, WITHOUT)
    assert set(ops) == {("POST", "/v1/notes"), ("GET", "/v1/notes/{note_id}")}
