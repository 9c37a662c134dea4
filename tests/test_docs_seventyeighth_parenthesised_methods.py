"""Parenthesised method tags in the seventy-eighth registry batch (benchmarks/docs/registry_truth): a route list
that marks each route's method as a tag in parentheses before its path, `(GET) /datasources` (in a bullet, a bare
line with its description indented under it, a code span), states the request `GET /datasources`. A tag in the
middle of a sentence, a tag over no path and a lower-case word are not read so."""

from __future__ import annotations

from pathlib import Path

from mcpgen.ingest.docs.parenthesised_methods import _untagged
from tests.operations import extracted_operations, params_of

RST = """\
The interface
=============

The following interface is exposed:

* `(GET) /stores`

* `(GET) /store/{sid}`
  > Returns one store.

`(GET) /store/{sid}/orders`
  Lists the orders of a store.
`(POST) /store/{sid}/orders`
  Creates an order.

PATH parameter:

:sid:
    the store id
"""

MARKDOWN = """\
# Service

## Interface

- `(GET) /stores`
- `(DELETE) /stores/{sid}`: removes a store
"""


def test_tagged_routes_of_a_readme_are_requests(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, RST, "README.rst")
    assert set(ops) == {
        ("GET", "/stores"),
        ("GET", "/store/{sid}"),
        ("GET", "/store/{sid}/orders"),
        ("POST", "/store/{sid}/orders"),
    }
    assert params_of(ops[("POST", "/store/{sid}/orders")]) == {("sid", "path"): True}


def test_tagged_routes_in_markdown_code_spans(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, MARKDOWN, "README.md")
    assert set(ops) == {("GET", "/stores"), ("DELETE", "/stores/{sid}")}


def test_near_misses_are_left_alone() -> None:
    assert _untagged("`(GET) /stores`") == "`GET /stores`"
    assert _untagged("Call it with (GET) /stores to list them.") == "Call it with (GET) /stores to list them."
    assert _untagged("(GET) requests only") == "(GET) requests only"  # no path after the tag
    assert _untagged("(get) /stores") == "(get) /stores"  # a word, not a method tag
    assert _untagged("/stores (GET)") == "/stores (GET)"  # the path first: suffixed_methods.py reads it
