"""A table of pages to open on the development server, in the fifty-seventh registry batch
(benchmarks/docs/registry_truth): a Django app's README says "Open:" over `| Page | URL |` rows on
`http://127.0.0.1:8000` (the ticket list, create, dashboard, notifications, admin), while its route table states
the app's routes, all under `/tickets/`. A page under that prefix missing from the route table (the dashboard) is a
GET route of the app; the admin page (`/admin/`, the host project's) is not. A table of URLs the text does not tell
the reader to open, or on a remote host, gives nothing."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations

ROUTES = """\
# shop-app

## Run

Open:

| Page | URL |
|------|-----|
| Order list | http://127.0.0.1:8000/shop/orders/ |
| Dashboard | http://127.0.0.1:8000/shop/dashboard/ |
| Admin | http://127.0.0.1:8000/admin/ |

## API

- `GET /shop/orders/`: the orders
- `POST /shop/orders/`: create an order
"""


def test_pages_to_open_under_the_apps_prefix_are_get_routes(tmp_path: Path) -> None:
    assert set(extracted_operations(tmp_path, ROUTES)) == {
        ("GET", "/shop/orders/"),
        ("POST", "/shop/orders/"),
        ("GET", "/shop/dashboard/"),
    }


NOT_OPENED = """\
# shop-app

## Mirrors

Download mirrors:

| Page | URL |
|------|-----|
| Orders | http://127.0.0.1:8000/shop/export/ |
| Feed | http://127.0.0.1:8000/shop/feed/ |
| Stats | http://127.0.0.1:8000/shop/stats/ |

Open:

| Page | URL |
|------|-----|
| Docs | https://docs.example.org/shop/guide/ |
| Blog | https://blog.example.org/shop/news/ |
| Home | https://example.org/shop/home/ |

## API

- `GET /shop/orders/`: the orders
"""


def test_urls_not_to_open_or_not_local_give_nothing(tmp_path: Path) -> None:
    assert set(extracted_operations(tmp_path, NOT_OPENED)) == {("GET", "/shop/orders/")}
