"""A URL the page gives as where the API's documentation is read, in the fifty-ninth registry batch
(benchmarks/docs/registry_truth): a README lists `` `GET /orders` - ... `` bullets and closes with "Full API
documentation is available at `http://localhost:9000/docs`". The sentence reads like a base URL statement, but what
it places is the generated docs page, so its path is no prefix of the routes: they stay `/orders`, not
`/docs/orders`. So does a URL whose last segment is a well-known documentation page (`/redoc`, `/swagger`,
`/api-docs`), whatever the sentence calls it. A sentence that states the API itself available at a URL with a
path still gives that base."""

from __future__ import annotations

from pathlib import Path

from mcpgen.diagnostics import Diagnostics
from mcpgen.ingest.docs import extract_openapi

DOCS_PAGE = """\
# Order Service

## API Endpoints

- `GET /orders` - List the orders
- `GET /orders/{order_id}` - Get one order
- `POST /orders/{order_id}/ship` - Ship an order

Full API documentation is available at `http://localhost:9000/docs` when the service is running.
"""

INTERACTIVE = """\
# Order Service

Once started, the service is available at http://localhost:9000/redoc in a browser.

- `GET /orders` - List the orders
- `DELETE /orders/{order_id}` - Drop an order
"""

BASE = """\
# Order Service

The API is available at `http://localhost:9000/api` when the service is running.

- `GET /orders` - List the orders
- `DELETE /orders/{order_id}` - Drop an order
"""


def _servers(tmp_path: Path, text: str) -> list[str]:
    doc = tmp_path / "README.md"
    doc.write_text(text, encoding="utf-8")
    return [server["url"] for server in extract_openapi(doc, Diagnostics()).get("servers", [])]


def test_documentation_url_is_no_base_of_the_routes(tmp_path: Path) -> None:
    assert not any(url.endswith("/docs") for url in _servers(tmp_path, DOCS_PAGE))


def test_docs_page_path_is_no_base_either(tmp_path: Path) -> None:
    assert not any(url.endswith("/redoc") for url in _servers(tmp_path, INTERACTIVE))


def test_the_api_stated_at_a_path_is_still_the_base(tmp_path: Path) -> None:
    assert _servers(tmp_path, BASE) == ["http://localhost:9000/api"]
