"""A table of an app's routes by name in the fifty-seventh registry batch (benchmarks/docs/registry_truth): a
"Main URL routes" table with a name column (`app:view_name`) and a path column and no method column, the method
written only as a parenthesised note after the path of the rows that are not plain reads ("(POST)", "(POST JSON)").
Each row is a route: a noted row takes its note's method, a row with no note is a GET, unless the document shows a
request of that path with another method. A table of names and paths whose path cells are not all routes in code,
or whose note names no method, gives nothing of its own."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

NAMED = """\
# shop-app

A reusable shop app.

## URL routes

| Name | Path |
|------|------|
| `shop:order_list` | `/shop/orders/` |
| `shop:order_detail` | `/shop/orders/<id>/` |
| `shop:order_cancel` | `/shop/orders/<id>/cancel/` (POST) |
| `shop:order_note` | `/shop/orders/<id>/note/` (PUT JSON) |
| `shop:api-order-create` | `/shop/api/orders/` |

## API example

```http
POST /shop/api/orders/
Content-Type: application/json

{"item": "book", "count": 2}
```
"""


def test_a_table_of_routes_by_name_states_get_unless_a_note_names_the_method(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, NAMED)
    assert set(ops) == {
        ("GET", "/shop/orders/"),
        ("GET", "/shop/orders/{id}/"),
        ("POST", "/shop/orders/{id}/cancel/"),
        ("PUT", "/shop/orders/{id}/note/"),
        ("POST", "/shop/api/orders/"),
    }
    assert params_of(ops[("GET", "/shop/orders/{id}/")]) == {("id", "path"): True}


NOT_ROUTES = """\
# shop-app

Check the app with `GET /shop/health`.

## Settings

| Name | Path |
|------|------|
| `SHOP_MEDIA` | `/var/shop/media/` |
| `SHOP_CACHE` | `/var/shop/cache/` (removed) |
| `SHOP_LOGS` | `/var/shop/logs/` (rotated) |
| `SHOP_TMP` | `/tmp/shop/` (cleared) |

## Retired URL routes

| Name | Path |
|------|------|
| `shop:old_list` | `/shop/old/` (removed) |
| `shop:old_detail` | `/shop/old/<id>/` (removed) |
| `shop:old_feed` | `/shop/old/feed/` (removed) |


## Templates

| Name | Path |
|------|------|
| base | templates/shop/base.html |
| list | templates/shop/list.html |
| detail | templates/shop/detail.html |
"""


def test_names_and_paths_that_are_not_routes_give_nothing(tmp_path: Path) -> None:
    assert set(extracted_operations(tmp_path, NOT_ROUTES)) == {("GET", "/shop/health")}
