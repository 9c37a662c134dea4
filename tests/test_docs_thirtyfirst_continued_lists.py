"""An endpoint list in parts, in the thirty-first registry batch (benchmarks/docs/registry_truth): a lead-in says
the endpoints follow ("The endpoints are as follows:"), one item lists the root, and a short lead-in that names a
placeholder ("For each collection ``<coll>``:") goes on with the routes under it. Both lists are the API's
routes, each item's method the one its description names alone, else GET. A later list that restates the ends of
those routes ("Within each collection, the following endpoints are available:" over ``/index``) names no routes
of its own; a lead-in that names no placeholder does not carry the list on."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations

PAGE = """\
Shelf server
============

``GET /health`` answers 200.

Shelf API
---------

The shelf server serves a list of shelves. The endpoints are as follows:

* ``/`` - Home page, a JSON list of the endpoints.

For each shelf ``<shelf>``:

* ``/<shelf>/books`` -- Books on the shelf

* ``/<shelf>/postreq/books`` -- POST request Books

Output kinds
------------

Within each shelf, the following endpoints are available:

* ``/books`` - list the books

* ``/postreq/books`` - the same, wrapped
"""

NOT_CARRIED = """\
Shelf server
============

``GET /health`` answers 200.

Shelf API
---------

The endpoints are as follows:

* ``/`` - Home page, a JSON list of the endpoints.

Some examples of paths a client may build:

* ``/shelf-1/books`` -- Books on the first shelf

* ``/shelf-2/books`` -- Books on the second shelf
"""


def test_a_list_continued_under_a_placeholder_lists_the_routes(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, PAGE, "shelf.rst")
    assert set(ops) == {
        ("GET", "/health"),
        ("GET", "/"),
        ("GET", "/{shelf}/books"),
        ("POST", "/{shelf}/postreq/books"),
    }


def test_a_lead_in_naming_no_placeholder_does_not_carry_the_list_on(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, NOT_CARRIED, "shelf.rst")
    assert ("GET", "/shelf-1/books") not in ops
    assert ("GET", "/{shelf}/books") not in ops
