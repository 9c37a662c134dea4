"""A parameter reference written one heading each, in the thirty-first registry batch
(benchmarks/docs/registry_truth): under the section of one endpoint ("the api endpoint is available at
``/<shelf>/books``"), headings that are each a parameter's name in code (``q``, ``from, to``, ``showAll=true``)
with what it does under them. Each names that endpoint's parameters, its required flag the one the first sentence
says ("The only required parameter", "an optional parameter"). Fewer than three such headings (a field named
under a route) are left alone."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

PAGE = """\
Books API
=========

By default, the api endpoint is available at ``/<shelf>/books`` for a shelf named ``<shelf>``.

Reference
---------

``q``
^^^^^

The only required parameter to the books api is the q, ex: ``/main/books?q=dune``

``from, to``
^^^^^^^^^^^^

Setting ``from=<year>`` or ``to=<year>`` restricts the results to the years given.

``pageSize``
^^^^^^^^^^^^

``pageSize`` is an optional parameter which sets the number of books in each page.

``showAll=true``
^^^^^^^^^^^^^^^^

Returns every book, whatever the page.
"""

FEW = """\
Books API
=========

By default, the api endpoint is available at ``/<shelf>/books`` for a shelf named ``<shelf>``.

Answer
------

``title``
^^^^^^^^^

The book's title.

``year``
^^^^^^^^

The year it was printed.
"""


def test_coded_name_headings_under_an_endpoint_are_its_parameters(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, PAGE, "books.rst")
    assert params_of(ops[("GET", "/{shelf}/books")]) == {
        ("shelf", "path"): True,
        ("q", "query"): True,
        ("from", "query"): False,
        ("to", "query"): False,
        ("pageSize", "query"): False,
        ("showAll", "query"): False,
    }


def test_two_coded_headings_are_not_a_parameter_reference(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, FEW, "books.rst")
    assert params_of(ops[("GET", "/{shelf}/books")]) == {("shelf", "path"): True}
