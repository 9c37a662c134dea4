"""Inputs named in a route's prose in the seventy-eighth registry batch (benchmarks/docs/registry_truth): "The
query is expected in a `mdx` property" names a body field of the request that sends one, and "the query string
parameter called `set2`" a query parameter. A name said to come back ("is returned in a `data` property") is the
answer's, and neither form is read on a request that does not fit it."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
# Store

## Interface

- `POST /queries` - Creates a query. The query is expected in a `mdx` property.
- `PUT /queries/{qid}` - Replaces a query. The result is returned in a `data` property.
- `GET /members/{mid}/children` - Lists children w.r.t. a second set given in the query string parameter called `set2`.
"""


def test_named_inputs_of_the_routes_prose(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC, "README.md")
    assert params_of(ops[("POST", "/queries")]) == {("mdx", "body"): False}
    assert params_of(ops[("GET", "/members/{mid}/children")]) == {("mid", "path"): True, ("set2", "query"): False}


def test_a_returned_property_is_not_an_input(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC, "README.md")
    assert params_of(ops[("PUT", "/queries/{qid}")]) == {("qid", "path"): True}
