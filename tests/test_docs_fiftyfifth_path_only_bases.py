"""A base URL stated as a path alone on a labelled line of its own, in the fifty-fifth registry batch
(benchmarks/docs/registry_truth): "Base URL: `/api/`" (written in the document's own language) over a route
table whose paths leave the base out (`/locations/{id}/`), while the examples below write the full path
(`POST /api/orders/`). A base with no host is the prefix of every route, so the table's paths are under it and
the examples name the same routes. A labelled path that names one request ("Callback URL: `/hooks/done`") or a
route the page gives a method is no base."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations

LABELLED = """\
# Service API

Base URL: `/api/`

## Routes

| Method | URL | Access |
|---|---|---|
| GET | `/shelves/` | all |
| POST/DELETE | `/shelves/{id}/` | admin |
| POST | `/orders/` | user |

## Examples

`POST /api/orders/`
```json
{ "title": "first", "weight": 5 }
```
"""

CALLBACK = """\
# Hooks API

Callback URL: `/hooks/done`

| Method | URL | Access |
|---|---|---|
| GET | `/shelves/` | all |
| POST | `/orders/` | user |
"""


def test_a_labelled_path_base_prefixes_the_table_routes(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, LABELLED)
    assert set(ops) == {
        ("GET", "/api/shelves/"),
        ("POST", "/api/shelves/{id}/"),
        ("DELETE", "/api/shelves/{id}/"),
        ("POST", "/api/orders/"),
    }


def test_a_labelled_path_of_one_request_prefixes_nothing(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, CALLBACK)
    assert set(ops) == {("GET", "/shelves/"), ("POST", "/orders/")}
