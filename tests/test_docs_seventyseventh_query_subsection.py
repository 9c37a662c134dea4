"""A route table, then a "Query Parameters" subsection, in the seventy-seventh registry batch
(benchmarks/docs/registry_truth): the table states one resource's collection (`GET /users`), its item
(`GET /users/{id}`) and writes; the bullets under "### Query Parameters" are the listing's, so they go to the
collection's GET alone (`limit` & `offset` on one bullet: two parameters). A table of two collections does not
say which one lists with them, and is left alone."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
# Server

## API Overview

| Method | Endpoint      | Description          |
|--------|---------------|----------------------|
| GET    | `/users`      | List rows            |
| GET    | `/users/{id}` | Fetch a row by ID    |
| POST   | `/users`      | Add a new row        |
| DELETE | `/users/{id}` | Delete a row         |

### Query Parameters

- `q`: Full-text search
- `sort`: Sorting (e.g., `sort=name:asc`)
- `limit` & `offset`: Pagination
"""

TWO = """\
# Server

## API Overview

| Method | Endpoint        | Description     |
|--------|-----------------|-----------------|
| GET    | `/users`        | List users      |
| GET    | `/users/{id}`   | Fetch a user    |
| GET    | `/orders`       | List orders     |
| GET    | `/orders/{id}`  | Fetch an order  |

### Query Parameters

- `q`: Full-text search
"""


def test_the_subsection_lists_the_collection_query(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert params_of(ops[("GET", "/users")]) == {
        ("q", "query"): False,
        ("sort", "query"): False,
        ("limit", "query"): False,
        ("offset", "query"): False,
    }
    assert params_of(ops[("POST", "/users")]) == {}
    assert params_of(ops[("GET", "/users/{id}")]) == {("id", "path"): True}


def test_two_collections_are_left(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, TWO)
    assert params_of(ops[("GET", "/users")]) == {}
    assert params_of(ops[("GET", "/orders")]) == {}
