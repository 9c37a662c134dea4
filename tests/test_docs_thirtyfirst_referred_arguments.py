"""Routes that take the arguments another page lists, named by a cross-reference, in the thirty-first registry
batch (benchmarks/docs/registry_truth): "All endpoints accept the :ref:`books-api` query arguments" under a list
of routes, in a folder whose other page is labelled ``.. _books-api:`` and describes one endpoint and its
parameters. Each listed route takes those arguments, in the query; a reference to a section that describes no
endpoint gives nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mcpgen.diagnostics import Diagnostics
from mcpgen.ingest.docs import extract_openapi
from tests.operations import params_of

BOOKS = """\
.. _books-api:

Books API
=========

By default, the api endpoint is available at ``/<shelf>/books`` for a shelf named ``<shelf>``.

Reference
---------

``q``
^^^^^

The only required parameter to the books api is the q, ex: ``/main/books?q=dune``

``limit``
^^^^^^^^^

Setting ``limit=`` caps the number of books returned.

``sort``
^^^^^^^^

The ``sort`` param orders the books.
"""

STORE = """\
.. _store-notes:

Store notes
===========

The store keeps books on shelves.

Store server
============

The endpoints are as follows:

* ``/<shelf>/index`` -- Direct index

* ``/<shelf>/postreq/index`` -- POST request index

All endpoints accept the :ref:`{ref}` query arguments.
"""


def _operations(tmp_path: Path, ref: str) -> dict[tuple[str, str], Any]:
    (tmp_path / "books.rst").write_text(BOOKS, encoding="utf-8")
    (tmp_path / "store.rst").write_text(STORE.replace("{ref}", ref), encoding="utf-8")
    paths = extract_openapi(tmp_path, Diagnostics())["paths"]
    return {(m.upper(), p): op for p, item in paths.items() for m, op in item.items() if isinstance(op, dict)}


def test_routes_take_the_query_arguments_of_the_section_referred_to(tmp_path: Path) -> None:
    ops = _operations(tmp_path, "books-api")
    expected = {("q", "query"): True, ("limit", "query"): False, ("sort", "query"): False}
    assert params_of(ops[("GET", "/{shelf}/index")]) == {("shelf", "path"): True, **expected}
    assert params_of(ops[("POST", "/{shelf}/postreq/index")]) == {("shelf", "path"): True, **expected}


def test_a_reference_to_a_section_of_no_endpoint_gives_nothing(tmp_path: Path) -> None:
    ops = _operations(tmp_path, "store-notes")
    assert params_of(ops[("GET", "/{shelf}/index")]) == {("shelf", "path"): True}
