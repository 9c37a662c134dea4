"""Filters stated as Django lookups over field names in the fifty-ninth registry batch
(benchmarks/docs/registry_truth): a definition list whose terms are lookups (`startswith`, `exact`) and whose
definitions name the fields they apply to (`fields: ``title, code```), or the same as a nested bullet list under a
resource card. Each (lookup, field) is the optional query parameter `field__lookup` (`exact`: the bare field) of
the GET described there; the lookup words themselves are no parameters. A definition list of ordinary parameters,
or lookups defined by example URLs, give no such names."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

FILTERED = """\
Books API
=========

Listing
-------

To list the books, issue ``GET /api/books/``.

Available filters:

startswith
    fields: ``title, code``

exact
    fields: ``title, code, shelf``

AUTHORS
-------

- **link** ::

    http://books.example.org/api/authors/

- HTTP Methods
    * GET

Ability to filter:

- icontains
    - fields ``surname``
- exact
    - fields ``surname, born``
"""


def test_lookups_over_fields_are_query_parameters(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, FILTERED, "books.rst")
    books = params_of(ops[("GET", "/api/books/")])
    assert {name for name, place in books if place == "query"} == {
        "title__startswith",
        "code__startswith",
        "title",
        "code",
        "shelf",
    }
    assert not any(books.values())
    authors = params_of(ops[("GET", "/api/authors/")])
    assert set(authors) == {("surname__icontains", "query"), ("surname", "query"), ("born", "query")}


NOT_LOOKUPS = """\
Books API
=========

Listing
-------

To list the books, issue ``GET /api/books/``.

Parameters:

limit
    fields: ``how many books``

startswith
    ``http://books.example.org/api/books/?title__startswith=Dune``
"""


def test_other_definition_lists_give_no_lookup_names(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, NOT_LOOKUPS, "books.rst")
    names = {name for name, _ in params_of(ops[("GET", "/api/books/")])}
    assert not any("__" in name for name in names if name != "title__startswith")
    assert "limit__startswith" not in names and "fields" not in names
