"""Route tables with a column per method whose cells describe instead of mark, in the seventy-second registry batch
(benchmarks/docs/registry_truth): a reStructuredText `list-table` with the URL in the first column and one column
headed by each method, each cell saying what that method does on the row's path and a cell holding only `.` where
the method is not offered (`method_columns.described_method_cells`). Each described cell is a request; a query
string a cell shows in code is that request's query. A table of prose under method names with no cell saying "not
offered" is left alone."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DESCRIBED = """\
Record store
============

API
---

.. list-table:: *Operations on the store*.
   :header-rows: 1

   * - URL
     - GET
     - POST
     - PUT
     - DELETE
   * - /
     - Return a list of shelves
     - .
     - .
     - .
   * - /<shelf>/
     - Return the books on a shelf. May add a querystring ``?genre=poetry`` to show only one genre
     - .
     - Create a new shelf
     - .
   * - /<shelf>/<book>/
     - Return the book
     - .
     - Create or update the book
     - Delete the book
"""

NOTES = """\
Record store
============

API
---

.. list-table:: *What each method means here*.
   :header-rows: 1

   * - URL
     - GET
     - PUT
   * - /
     - Safe and cacheable everywhere
     - Idempotent and replaces the whole thing
   * - /<shelf>/
     - Safe and cacheable everywhere
     - Idempotent and replaces the whole thing

Requests
--------

.. code-block:: text

    GET /status
"""


def test_each_described_cell_is_a_request_and_a_dot_is_none(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DESCRIBED, "README.rst")
    assert set(ops) == {
        ("GET", "/"),
        ("GET", "/{shelf}/"),
        ("PUT", "/{shelf}/"),
        ("GET", "/{shelf}/{book}/"),
        ("PUT", "/{shelf}/{book}/"),
        ("DELETE", "/{shelf}/{book}/"),
    }
    assert params_of(ops[("GET", "/{shelf}/")]) == {("shelf", "path"): True, ("genre", "query"): False}
    assert params_of(ops[("PUT", "/{shelf}/")]) == {("shelf", "path"): True}


def test_prose_under_method_names_with_no_dot_is_no_route_table(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, NOTES, "README.rst")
    assert set(ops) == {("GET", "/status")}
