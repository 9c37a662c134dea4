"""A header a route's list item says the request "may contain" or "must contain", in the eightieth registry batch
(benchmarks/docs/registry_truth): the item states its route as a path in code with its method in brackets after it
(`` `/query/` (POST) - ... ``), then "The request header may contain `X-sessionid` and must contain
`Content-Length`". "May" makes an optional header of that route, "must" a required one; a header the client sets
itself (`Content-Length`) is no argument, a header the response may contain is the answer's, and the next item's
route is not given the header."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
Document server
===============

Querying
--------

* ``/query/`` (POST) - Content body consists of queries, one per line. {sentence}
* ``/query/?query=`` (GET) -- HTTP GET alias for the above, limited to a single query
* ``/documents/<namespace>/`` (GET) - Returns the documents in the namespace
"""


def test_a_header_the_request_may_or_must_contain_is_the_items_route(tmp_path: Path) -> None:
    sentence = "The request header may contain ``X-sessionid`` and must contain ``Content-Length``"
    sentence += " and must contain ``X-Tag``."
    ops = extracted_operations(tmp_path, DOC.format(sentence=sentence), name="README.rst")
    assert params_of(ops[("POST", "/query/")]) == {("X-sessionid", "header"): False, ("X-Tag", "header"): True}
    assert params_of(ops[("GET", "/query/")]) == {("query", "query"): False}


def test_a_header_the_response_may_contain_is_no_argument(tmp_path: Path) -> None:
    sentence = "The response headers may contain ``X-sessionid``."
    ops = extracted_operations(tmp_path, DOC.format(sentence=sentence), name="README.rst")
    assert params_of(ops[("POST", "/query/")]) == {}
