"""Sections titled by a method and a word for operations, in the forty-seventh registry batch
(benchmarks/docs/registry_truth): "GET methods", "POST methods", "DELETE methods", each opening with a literal
block of bare paths (`/api/v1/books/[book_id]`), then each path again as a bold paragraph over its description
and dash lists `name (explanation)` under captions ("Available options", "Required post parameters"). The title
gives every listed path its method; a bold path heads that route's own description; a caption naming parameters
lists inputs, one naming sort options lists values; parameters "for list functions" go to each route that lists.
A title in other words, or a block that holds anything but paths, gives no route."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

SECTIONS = """\
Library API
===========

Use HTTP basic authentication.

GET methods
===========

::

    /api/v1/books
    /api/v1/authors
    /api/v1/authors/mine
    /api/v1/books/[book_id]
    /api/v1/status

*Sort parameters for list functions*

- order_by (field to order by, see below)
- order_direction ("asc" or "desc")

**/api/v1/books**

List books

*Available options*

- limit (number of books to return)
- shelf_id (filter by shelf)

*Available sort options*

- title (default, asc)
- year

**/api/v1/authors**

List authors

**/api/v1/authors/mine**

See /api/v1/authors for details

**/api/v1/books/[book_id]**

Get one book

**/api/v1/status**

Check that the service is up

POST methods
============

::

    /api/v1/books

**/api/v1/books**

Add a book to the library

*Required post parameters*

- isbn (the book's ISBN)

DELETE methods
==============

::

    /api/v1/books/[book_id]

**/api/v1/books/[book_id]**

Remove a book
"""


def test_a_method_title_gives_each_listed_path_its_method(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, SECTIONS, "API.rst")
    assert set(ops) == {
        ("GET", "/api/v1/books"),
        ("GET", "/api/v1/authors"),
        ("GET", "/api/v1/authors/mine"),
        ("GET", "/api/v1/books/{book_id}"),
        ("GET", "/api/v1/status"),
        ("POST", "/api/v1/books"),
        ("DELETE", "/api/v1/books/{book_id}"),
    }


def test_captioned_options_are_parameters_and_sort_options_are_values(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, SECTIONS, "API.rst")
    books = params_of(ops[("GET", "/api/v1/books")])
    assert books == {
        ("limit", "query"): False,
        ("shelf_id", "query"): False,
        ("order_by", "query"): False,
        ("order_direction", "query"): False,
    }
    assert params_of(ops[("POST", "/api/v1/books")]) == {("isbn", "body"): True}


def test_shared_parameters_go_to_the_routes_that_list(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, SECTIONS, "API.rst")
    for path in ("/api/v1/authors", "/api/v1/authors/mine"):
        assert params_of(ops[("GET", path)]) == {("order_by", "query"): False, ("order_direction", "query"): False}
    assert params_of(ops[("GET", "/api/v1/books/{book_id}")]) == {("book_id", "path"): True}
    assert params_of(ops[("GET", "/api/v1/status")]) == {}


NOT_ROUTES = """\
Status
======

``GET /api/v1/status`` tells whether the service is up.

GET methods
===========

::

    /api/v1/reindex
    --all-shelves

Paths of the admin console
==========================

::

    /api/v1/admin/reindex
    /api/v1/admin/purge
"""


def test_other_titles_and_mixed_blocks_give_no_route(tmp_path: Path) -> None:
    assert set(extracted_operations(tmp_path, NOT_ROUTES, "API.rst")) == {("GET", "/api/v1/status")}
