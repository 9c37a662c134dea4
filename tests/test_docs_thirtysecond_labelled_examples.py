"""Routes of the thirty-second registry batch (benchmarks/docs/registry_truth) written from a base placeholder in
a table of operations (`READ | <BASE URL>/<RESOURCE>/<uid:optional> | GET`), and, in a resource's section, as
full URLs alone in a list (`.../shelves`, `.../shelves/<shelf_id>`), followed by an "Example:" label over a URL
that fills the listed template in (`.../shelves/poetry`): that URL is an example of the template, not a route of
its own. A concrete URL the section introduces otherwise ("The name `mine` is reserved for the reader's own
shelf:") states a route of its own."""

from __future__ import annotations

from pathlib import Path

from operations import extracted_operations

PAGE = """\
Library API
===========

Operations
----------

+-----------+--------------------------------------+--------+
| OPERATION | URL                                  | METHOD |
+===========+======================================+========+
| READ      | <BASE URL>/<RESOURCE>/<uid:optional> | GET    |
+-----------+--------------------------------------+--------+

Example: ``http://localhost:7000/library/api/v3/books``

Shelves Resource
----------------

The API lists the shelves of the library:

    - http://localhost:7000/library/api/v3/shelves
    - http://localhost:7000/library/api/v3/shelves/<shelf_id>

Each shelf has an id and a title.

Example:

    - http://localhost:7000/library/api/v3/shelves/poetry

The name `mine` is reserved for the reader's own shelf:

    - http://localhost:7000/library/api/v3/shelves/mine
"""


def test_example_label_over_a_filled_template_is_no_route(tmp_path: Path) -> None:
    operations = extracted_operations(tmp_path, PAGE, name="api.rst")
    paths = {path for method, path in operations if method == "GET"}
    assert "/shelves" in paths
    assert "/shelves/{shelf_id}" in paths
    assert "/shelves/poetry" not in paths


def test_a_url_introduced_otherwise_stays_a_route(tmp_path: Path) -> None:
    operations = extracted_operations(tmp_path, PAGE, name="api.rst")
    assert ("GET", "/shelves/mine") in operations
