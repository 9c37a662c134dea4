"""A request model's field named, dotted, beside a route's path, in the fifty-third registry batch
(benchmarks/docs/registry_truth): a project's notes say "``SearchRequest.thread_id`` scopes ``/v2/search`` to
one thread". `SearchRequest` is the class the route reads its body into, so `thread_id` is a body field of the
POST at that path (nothing said of need). A dotted name of another class (`Settings.timeout`) and a request
model with no path in its sentence give nothing."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

NOTES = """\
# Service notes

## Routes

- `POST /v2/search` — Search the notes
- `POST /v2/notes` — Store a note

## Threads

- ``SearchRequest.thread_id`` scopes ``/v2/search`` to one thread; older clients omit it.
- ``Settings.timeout`` bounds ``/v2/notes`` calls.
- ``NoteRequest.colour`` is stored as given.
"""


def test_a_dotted_request_model_field_beside_a_path_is_a_body_field_of_that_route(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, NOTES)
    assert params_of(ops[("POST", "/v2/search")]) == {("thread_id", "body"): False}


def test_other_classes_and_a_model_without_a_path_give_nothing(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, NOTES)
    assert params_of(ops[("POST", "/v2/notes")]) == {}
