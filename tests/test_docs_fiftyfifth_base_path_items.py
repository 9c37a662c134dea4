"""Labelled paths under the API's stated base path, with no method, in the fifty-fifth registry batch
(benchmarks/docs/registry_truth): under "Base URL: `/api/`" and a route table, a "Swagger / Redoc" section lists
"- Swagger UI: `/api/schema/swagger-ui/`", "- OpenAPI schema: `/api/schema/`". Pages the API serves under its
base, read with GET. A list of labelled paths outside the base (files on the server) gives no route."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations

PAGE = """\
# Service API

Base URL: `/api/`

| Method | URL | Access |
|---|---|---|
| GET | `/shelves/` | all |
| POST | `/orders/` | user |

## Docs

- Swagger UI: `/api/schema/swagger-ui/`
- OpenAPI schema: `/api/schema/`

## Files

- Config file: `/etc/shop/app.conf`
- Log file: `/var/log/shop.log`
"""


def test_labelled_paths_under_the_base_are_get_routes(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, PAGE)
    assert set(ops) == {
        ("GET", "/api/shelves/"),
        ("POST", "/api/orders/"),
        ("GET", "/api/schema/swagger-ui/"),
        ("GET", "/api/schema/"),
    }
