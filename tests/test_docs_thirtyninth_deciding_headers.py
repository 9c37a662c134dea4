"""A request header a route's description says decides what it answers, in the thirty-ninth registry batch
(benchmarks/docs/registry_truth): a bare path item "`/{identifier}`: Redirect to the information request or
return a simple viewer (based on headers `Accept` value)". The caller picks the answer by the value it sends, so
the header is an optional input of the route, though a header of that name is otherwise the client's business.
A header only mentioned ("sends the `Accept` header", "returns a `Location` header") gives nothing."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
# Pictures

## Endpoints

- `/{picture}`: Redirect to the picture's record or return a viewer (based on headers `Accept` value)

- `/{picture}/record.json`: The picture's record; the client sends the `Accept` header

- `/{picture}/thumb`: A small picture, its format depending on the `Accept` header
"""


def test_a_header_the_description_says_decides_the_answer_is_an_optional_input(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert params_of(ops[("GET", "/{picture}")]) == {("picture", "path"): True, ("Accept", "header"): False}
    assert params_of(ops[("GET", "/{picture}/thumb")]) == {("picture", "path"): True, ("Accept", "header"): False}


def test_a_header_only_mentioned_gives_nothing(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert params_of(ops[("GET", "/{picture}/record.json")]) == {("picture", "path"): True}
