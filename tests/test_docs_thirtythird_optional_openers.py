"""An input a route's notes cell opens a sentence with, called optional, in the thirty-third registry batch
(benchmarks/docs/registry_truth): a mapping table's row `POST /v1/responses` whose notes say "Optional `chat_id`
is stored and returned for client continuity". The sentence's opening adjective makes the coded name something
the caller may send: an optional field of the request (a query parameter of a GET). "Returns an optional `meta`
object" further on in a sentence is about the answer and gives nothing."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
# Answers API

## Answers

| Route | Backend | Notes |
|---|---|---|
| `POST /v1/answers` | Same as chat | Optional `thread_id` is stored and returned for continuity. |
| `GET /v1/answers/{id}` | Store | Optional `page` selects the page. Returns an optional `meta` object. |
| `DELETE /v1/answers/{id}` | Store | Returns an optional `meta` object. |
"""


def test_a_sentence_opening_with_an_optional_coded_name_gives_an_optional_input(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert params_of(ops[("POST", "/v1/answers")]) == {("thread_id", "body"): False}
    assert params_of(ops[("GET", "/v1/answers/{id}")]) == {("id", "path"): True, ("page", "query"): False}


def test_an_optional_name_inside_a_sentence_gives_nothing(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert params_of(ops[("DELETE", "/v1/answers/{id}")]) == {("id", "path"): True}
