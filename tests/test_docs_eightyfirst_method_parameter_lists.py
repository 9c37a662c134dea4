"""A list under "Valid GET parameters:" in a section of one route's GET and POST: the GET's query parameters."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """Server
======

Document list
-------------

Endpoint: ``/documents/``

The document list endpoint returns a paginated list of all documents.

{label}

* ``page``: which page of documents to fetch, by default 1.
* ``ranking``: the ranking algorithm. Valid choices are:

  * ``bm25``: use the BM25 algorithm.
  * ``none``: do not rank.

Example ``GET`` request:

.. code-block:: console

    $ curl localhost:8000/documents/?q=test

``POST`` requests should have the following parameters:

* ``content`` (required): the document content.
* ``identifier`` (optional): an application-defined identifier.

Example ``POST`` request:

.. code-block:: console

    $ curl -H "Content-Type: application/json" -d '{{"content": "x"}}' localhost:8000/documents/
"""


def test_a_method_labelled_list_is_that_methods_parameters(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC.format(label="Valid GET parameters:"), name="server.rst")
    got = params_of(ops[("GET", "/documents/")])
    assert got[("page", "query")] is False
    assert ("ranking", "query") in got
    assert ("bm25", "query") not in got and ("none", "query") not in got  # values of `ranking`
    posted = params_of(ops[("POST", "/documents/")])
    assert posted[("content", "body")] is True
    assert posted[("identifier", "body")] is False
    assert ("page", "body") not in posted and ("page", "query") not in posted


def test_a_label_naming_no_method_is_left_to_the_other_rules(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC.format(label="Some notes:"), name="server.rst")
    assert ("page", "query") not in params_of(ops[("GET", "/documents/")])
