"""A page-wide pagination sentence, in the fortieth registry batch (benchmarks/docs/registry_truth): a
"Pagination" section saying "API responses are paginated. Use `?page=N` parameter to retrieve additional pages."
Every collection's GET (a path not ending in a placeholder) takes `page` in its query, optional; a member's GET
and a write do not. A sentence about one endpoint's answer, in that endpoint's own section, is its own note and is
not spread over the page."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
# Library API

## Books

```
GET /api/books/
GET /api/books/{{id}}/
POST /api/books/
```

## Shelves

```
GET /api/shelves/
```

## Pagination

{sentence}
"""


def test_every_collection_read_takes_the_page_parameter(tmp_path: Path) -> None:
    text = DOC.format(sentence="API responses are paginated. Use `?page=N` parameter to retrieve additional pages.")
    ops = extracted_operations(tmp_path, text)
    assert params_of(ops[("GET", "/api/books/")]) == {("page", "query"): False}
    assert params_of(ops[("GET", "/api/shelves/")]) == {("page", "query"): False}
    assert params_of(ops[("GET", "/api/books/{id}/")]) == {("id", "path"): True}
    assert ("page", "query") not in params_of(ops[("POST", "/api/books/")])


def test_pages_of_something_else_add_nothing(tmp_path: Path) -> None:
    text = DOC.format(sentence="The printed catalogue is paginated too; its links end in `?page=N`.")
    ops = extracted_operations(tmp_path, text)
    assert params_of(ops[("GET", "/api/books/")]) == {}


def test_a_route_sections_own_note_is_not_spread(tmp_path: Path) -> None:
    text = DOC.format(sentence="Nothing else.").replace(
        "GET /api/shelves/\n```\n", "GET /api/shelves/\n```\n\nResults are paginated: use `?page=N`.\n"
    )
    ops = extracted_operations(tmp_path, text)
    assert ("page", "query") not in params_of(ops[("GET", "/api/books/")])
