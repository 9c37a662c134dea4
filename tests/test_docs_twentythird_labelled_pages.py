"""Structures of the twenty-third registry batch (benchmarks/docs/registry_truth, FIRST_CONTACT.md): endpoint
pages of bold labels (`**URL** : `/x``, `**Method** : `GET``) where one URL line serves the `## GET` and
`## POST` sections under it, and a page of a set that writes its URL lines without the prefix its own curl
commands and the other pages' URL lines carry."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from operations import params_of

from mcpgen.diagnostics import Diagnostics
from mcpgen.ingest.docs import extract_openapi

ITEM_PAGE = """\
# Item Endpoint

**URL** : `/api/v2/items/<item_id>`

**Method** : `GET`

**Auth required** : YES

## Success Response

**Code** : `200 OK`

```json
{"item_id": "a1", "title": "Lamp"}
```
"""

ORDERS_PAGE = """\
# Orders Endpoint

Creates orders and lists them.

**URL** : `/v2/orders`

## GET

**Method** : `GET`

**Auth required** : YES

### Success Response

**Code** : `200 OK`

```json
{"orders": []}
```

## POST

**Method** : `POST`

**Auth required** : YES

```
curl -u admin:secret -X POST http://127.0.0.1:8000/api/v2/orders \\
-H 'Content-Type: application/json' \\
-d '{"item_id": "a1", "quantity": 2}'
```

### Success Response

**Code** : `201 Created`

Shows the order whose id the URL carries, and cancels it.

**URL** : `/v2/orders/<order_id>`

## GET

**Method** : `GET`

```
curl -u admin:secret --request GET 'http://127.0.0.1:8000/api/v2/orders/<order_id>'
```

## DELETE

**Method** : `DELETE`

```
curl -u admin:secret --request DELETE 'http://127.0.0.1:8000/api/v2/orders/<order_id>'
```
"""


def _operations(paths: dict[str, Any]) -> set[tuple[str, str]]:
    return {(m, p) for p, ops in paths.items() for m in ops}


def test_one_url_line_serves_each_method_section_after_it(tmp_path: Path) -> None:
    """`**URL** : `/v2/orders`` under the title, then `## GET` and `## POST` each saying only its method: two
    operations on that URL; the URL stated again after the POST's response serves the GET and DELETE after it.
    Alone, the page's curls show where the API is mounted: the server's URL ends in `/api`."""
    page = tmp_path / "ep_orders.md"
    page.write_text(ORDERS_PAGE, encoding="utf-8")
    document = extract_openapi(page, Diagnostics())
    assert _operations(document["paths"]) == {
        ("get", "/v2/orders"),
        ("post", "/v2/orders"),
        ("get", "/v2/orders/{order_id}"),
        ("delete", "/v2/orders/{order_id}"),
    }
    assert document["servers"] == [{"url": "http://127.0.0.1:8000/api"}]  # where the page's curls send them


def test_a_pages_url_lines_take_the_prefix_its_curls_and_the_other_pages_carry(tmp_path: Path) -> None:
    """In a folder whose other page states `/api/v2/items/<item_id>`, the orders page's `/v2/orders`, requested
    by its curls as `http://127.0.0.1:8000/api/v2/orders`, is `/api/v2/orders`; the curl's body is the POST's."""
    (tmp_path / "ep_item.md").write_text(ITEM_PAGE, encoding="utf-8")
    (tmp_path / "ep_orders.md").write_text(ORDERS_PAGE, encoding="utf-8")
    document = extract_openapi(tmp_path, Diagnostics())
    paths = document["paths"]
    assert _operations(paths) == {
        ("get", "/api/v2/items/{item_id}"),
        ("get", "/api/v2/orders"),
        ("post", "/api/v2/orders"),
        ("get", "/api/v2/orders/{order_id}"),
        ("delete", "/api/v2/orders/{order_id}"),
    }
    assert document["servers"] == [{"url": "http://127.0.0.1:8000"}]
    assert params_of(paths["/api/v2/orders"]["post"]) == {("item_id", "body"): False, ("quantity", "body"): False}
    assert params_of(paths["/api/v2/orders/{order_id}"]["delete"]) == {("order_id", "path"): True}
