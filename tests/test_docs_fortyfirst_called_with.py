"""A query parameter a sentence says the example request is called with, in the forty-first registry batch
(benchmarks/docs/registry_truth): a Plone add-on's README says 'Calling with "expand=true", this endpoint returns
the stored data:' over a plain `curl -i -X GET http://localhost:8080/site/poll/@data`. The quoted pair after
"calling with" is a query parameter of the request the section shows, so the GET takes `expand` as an optional
query parameter. A POST that sends a JSON body takes none this way, and a pair in a sentence that says nothing
of calling is not read."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
Services
========

@data
-----

Calling with "expand=true", this endpoint returns the stored data:

.. code-block:: console

    curl -i -X GET http://localhost:8080/site/poll/@data -H 'Accept: application/json'

@vote
-----

Calling with "notify=true", voters are told by email:

.. code-block:: console

    curl -i -X POST http://localhost:8080/site/poll/@vote --data-raw '{"vote": "1"}'

@results
--------

The default is "full=true" for managers:

.. code-block:: console

    curl -i -X GET http://localhost:8080/site/poll/@results -H 'Accept: application/json'
"""


def test_a_pair_the_request_is_called_with_is_an_optional_query_parameter(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC, "README.rst")
    operation = ops[("GET", "/site/poll/@data")]
    assert params_of(operation).get(("expand", "query")) is False, operation


def test_bodies_and_pairs_not_said_of_calling_take_no_query(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC, "README.rst")
    assert ("notify", "query") not in params_of(ops[("POST", "/site/poll/@vote")])
    assert ("full", "query") not in params_of(ops[("GET", "/site/poll/@results")])
