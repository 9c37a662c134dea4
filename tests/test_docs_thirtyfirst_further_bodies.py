"""A fuller request body shown on its own in the section of its request, in the thirty-first registry batch
(benchmarks/docs/registry_truth): `curl -X POST -d '{"free_text": "microscopy"}' .../search`, its result, then
"Below is a JSON string specifying a more complex query ..." over an object holding `free_text` and more keys.
The further keys are fields of the same request (optional). An object under "the response" or one that does
not hold every key the request sends (what comes back) gives no field."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

PAGE = """\
Search API
==========

Searching for books
-------------------

The command below does a full text search for the word "dune"::

    $ curl -H "Content-Type: application/json" -X POST -d '{"free_text": "dune"}' http://localhost:7000/search

Below is the result of this search::

    [{"title": "Dune", "shelf": "s3://main", "free_text_score": 3}]

Below is a JSON string specifying a more complex query that will search for books on two shelves::

    {
        "shelves": ["s3://main", "s3://attic"],
        "free_text": "dune",
        "authors": ["herbert"]
    }
"""

ANSWER = """\
Search API
==========

Searching for books
-------------------

The command below does a full text search for the word "dune"::

    $ curl -H "Content-Type: application/json" -X POST -d '{"free_text": "dune"}' http://localhost:7000/search

The response content is::

    {"free_text": "dune", "hits": 3, "took_ms": 12}
"""


def test_a_fuller_body_in_the_section_gives_further_fields(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, PAGE, "README.rst")
    assert params_of(ops[("POST", "/search")]) == {
        ("free_text", "body"): False,
        ("shelves", "body"): False,
        ("authors", "body"): False,
    }


def test_an_object_under_the_response_gives_no_field(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, ANSWER, "README.rst")
    assert params_of(ops[("POST", "/search")]) == {("free_text", "body"): False}
