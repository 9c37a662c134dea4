"""Definition lists of requests in the seventy-eighth registry batch (benchmarks/docs/registry_truth): a
reStructuredText definition list whose terms are request lines alone (`` `GET /x` `` over its indented
description) describes each request in its definition, which is read as that request's prose; a name in
interpreted text of the default role (`` `set2` ``, a Markdown habit) reads as a name in code. A term holding more
than the request line, and default-role text that is not one name (`` `?a=1` ``), are left alone."""

from __future__ import annotations

from pathlib import Path

from mcpgen.ingest.docs.blocks import Block, Where
from mcpgen.ingest.docs.defined_requests import requests_defined
from tests.operations import extracted_operations, params_of

RST = """\
Interface
=========

``GET /stores``
  Lists the stores.

``POST /stores/{sid}/orders``
  Creates an order. The order is expected in a `spec` property.

``GET /stores/{sid}/orders``
  Lists orders; a filter may go in the query string parameter called `status`. Example: `?a=1`.
"""


def test_definitions_describe_the_requests_of_their_terms(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, RST, "api.rst")
    assert params_of(ops[("POST", "/stores/{sid}/orders")]) == {("sid", "path"): True, ("spec", "body"): False}
    assert params_of(ops[("GET", "/stores/{sid}/orders")]) == {("sid", "path"): True, ("status", "query"): False}


def test_terms_that_are_not_request_lines_alone() -> None:
    where = Where("api.rst")
    block = Block(
        "deflist",
        where,
        items=(("GET /x returns the list", "More."), ("Limits", "at most 10"), ("`GET /y`", "Reads y.")),
    )
    assert requests_defined(block) == (("", "`GET /y` Reads y."),)
