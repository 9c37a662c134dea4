"""Verb-by-target matrices, in the seventy-eighth registry batch (benchmarks/docs/registry_truth): a table with a
row per method and a column per route, the route in code in the column's header, each cell saying what the method
does there; a cell that is only `405 (Method Not Allowed)` (or a lone `404 (Not Found)`) says the pair is not
served. A table of methods by routes with no cell saying "not served" is left alone."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations

DOC = """\
# Mock server

## CRUD

| HTTP Verb | CRUD   | Entire Collection (e.g. `/books`) | Specific Item (e.g. `/books/{id}`) |
| :-------: | :----: | :-------------------------------- | :--------------------------------- |
| HEAD      | Read   | 204 (OK), count in a header.       | 405 (Method Not Allowed)           |
| GET       | Read   | 200 (OK), list of items.           | 200 (OK), single item.             |
| POST      | Create | 201 (Created), created item.       | 405 (Method Not Allowed).          |
| DELETE    | Delete | 405 (Method Not Allowed).          | 204 (OK)                           |

### Object

| HTTP Verb | Entire Object (e.g. `/settings`) | Specific Item (e.g. `/settings/{id}`) |
| --------- | -------------------------------- | ------------------------------------- |
| GET       | 200 (OK), object.                | 404 (Not Found).                      |
| PUT       | 200 (OK), replaced object.       | 404 (Not Found).                      |
"""

NEAR_MISS = """\
# Caching

## GET /health

Whether the server is up.

## How methods are cached

| Method | Collections (e.g. `/books`) | Items (e.g. `/books/{id}`) |
| ------ | --------------------------- | -------------------------- |
| GET    | cached for a minute         | cached for an hour         |
| POST   | never cached                | never cached               |
"""


def test_served_cells_are_requests(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert set(ops) == {
        ("HEAD", "/books"),
        ("GET", "/books"),
        ("POST", "/books"),
        ("GET", "/books/{id}"),
        ("DELETE", "/books/{id}"),
        ("GET", "/settings"),
        ("PUT", "/settings"),
    }


def test_matrix_with_no_refused_cell_is_left(tmp_path: Path) -> None:
    assert set(extracted_operations(tmp_path, NEAR_MISS)) == {("GET", "/health")}
