"""A table captioned as an example under a route table, in the eighty-first registry batch
(benchmarks/docs/registry_truth): "**Example (`products` table):**" over rows `GET | /api/products/1` after the
table of `GET | /api/:model/:id` shows those routes called on one resource, not routes of their own. A table under
a caption that introduces no example keeps its routes."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations

ROUTES = """\
# Crud

## Data APIs

| Method | Endpoint | Action |
| --- | --- | --- |
| **GET** | `/api/:model` | List records |
| **GET** | `/api/:model/:id` | Fetch one |
| **DELETE** | `/api/:model/:id` | Delete one |

"""

DOC = (
    ROUTES
    + """**Example (`products` table):**

| Action | HTTP Method | Endpoint |
| --- | --- | --- |
| **Fetch All** | `GET` | `/api/products` |
| **Fetch One** | `GET` | `/api/products/1` |
| **Delete** | `DELETE` | `/api/products/1` |
"""
)

NEAR_MISS = (
    ROUTES
    + """**Status routes:**

| Action | HTTP Method | Endpoint |
| --- | --- | --- |
| **Health** | `GET` | `/api/health` |
"""
)


def test_example_table_rows_are_calls_of_the_templates(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert set(ops) == {("GET", "/api/{model}"), ("GET", "/api/{model}/{id}"), ("DELETE", "/api/{model}/{id}")}


def test_table_under_other_caption_keeps_its_routes(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, NEAR_MISS)
    assert ("GET", "/api/health") in ops


OWN_ROWS = """\
# Csv

## API Overview

For each CSV file (e.g., `users.csv`), the following endpoints are generated:

| Method | Endpoint | Description |
|--------|----------|-------------|
| GET | `/users` | List rows |
| GET | `/users/{id}` | Fetch a row |
| GET | `/users/schema` | Get the schema |
"""


def test_route_table_rows_are_no_examples_of_each_other(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, OWN_ROWS)
    assert ("GET", "/users/schema") in ops
