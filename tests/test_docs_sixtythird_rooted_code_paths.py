"""Method-less routes in code under the API's root, in the sixty-third registry batch
(benchmarks/docs/registry_truth): a `<pre>` of `#` comments over `/api/v3/` and `/api/v3/<kind>/<id>/`, and
code lines of their own written without the leading slash (`api/v3/orders/<id>/totals/`), are GET routes
(`rooted_code_paths.py`); a tool's example to a URL cut short by dots names no route (`elided_urls.py`). Code
paths beside request lines that outnumber them, or with no API root, stay examples."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
# Shop API

The shop serves a REST API at https://shop.example/api/v3/.

## Reading

```
# the root
/api/v3/

# one object
/api/v3/<kind>/<id>/
```

You can also send `OPTIONS /api/v3/<kind>/` to see a resource's fields.

Choose the format in the URL:

- `/api/v3/<kind>.json/`
- `/api/v3/<kind>/?format=json`
- `/api/v3/<kind>.api/` - browsable view

## Extras

`api/v3/orders/<id>/totals/`

Sums an order.

`api/v3/carts/<id>/preview/?currency=<code>`

Prices a cart.

## Tools

```
curl -H "Authorization: Token 123" -X PATCH --data '{"a": 1}' https://shop.example/api/v3/....
```
"""

NEAR = """\
# Shop API

## Orders

`GET /orders/<id>`

`PUT /orders/<id>`

`DELETE /orders/<id>`

`POST /orders`

## Paths seen in logs

`orders/12/`

`carts/3/`

`users/9/`
"""


def test_code_paths_under_the_root_are_get_routes(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert {
        ("GET", "/api/v3/"),
        ("GET", "/api/v3/{kind}/{id}/"),
        ("OPTIONS", "/api/v3/{kind}/"),
        ("GET", "/api/v3/orders/{id}/totals/"),
        ("GET", "/api/v3/carts/{id}/preview/"),
    } <= set(ops)
    assert ("currency", "query") in params_of(ops[("GET", "/api/v3/carts/{id}/preview/")])


def test_a_listed_route_with_format_suffixes_is_one_get(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert ("format", "query") in params_of(ops[("GET", "/api/v3/{kind}/")])
    assert not any(".json" in path or ".api" in path for _, path in ops)


def test_an_elided_url_is_no_request(tmp_path: Path) -> None:
    assert not any(method == "PATCH" for method, _ in extracted_operations(tmp_path, DOC))


def test_paths_without_an_api_root_stay_examples(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, NEAR)
    assert set(ops) == {
        ("GET", "/orders/{id}"),
        ("PUT", "/orders/{id}"),
        ("DELETE", "/orders/{id}"),
        ("POST", "/orders"),
    }
