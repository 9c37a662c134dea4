"""A section sending "all of the above parameters in the body", in the seventy-fifth registry batch
(benchmarks/docs/registry_truth): under `POST /x`, after a section listing `GET /x`'s query parameters. The POST
takes each of them as a body field, its requiredness kept; a section saying its body holds something else takes
none."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
# Shapes

## GET /shape

Query parameters:

- `size` (required): the size.
- `colour`: the colour.

## POST /shape

{sentence}
"""


def test_the_above_parameters_in_the_body_are_its_fields(tmp_path: Path) -> None:
    text = DOC.format(sentence="You can do a POST request with all of the above parameters in the body of the request.")
    posted = params_of(extracted_operations(tmp_path, text)[("POST", "/shape")])
    assert posted == {("size", "body"): True, ("colour", "body"): False}


def test_a_body_said_to_hold_something_else_takes_none(tmp_path: Path) -> None:
    text = DOC.format(sentence="You can do a POST request with a style document in the body of the request.")
    posted = params_of(extracted_operations(tmp_path, text)[("POST", "/shape")])
    assert ("size", "body") not in posted
