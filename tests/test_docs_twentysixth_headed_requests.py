"""Short routes in headings over full request lines, in the twenty-sixth registry batch
(benchmarks/docs/registry_truth): each endpoint is a heading naming its route relative to the API root
(`#### GET /orders`), over a code block with the request line as sent (`GET /shop/v2/orders`). The rule is written
for the structure a page uses, not for the project that showed it first."""

from __future__ import annotations

from pathlib import Path

from operations import extracted_paths, params_of

SHORT_HEADINGS = """\
# Shop API

## Orders

#### GET /orders

Lists every order of the account.

```bash
GET /shop/v2/orders
```

Using cURL:

```bash
curl -H "Authorization: Bearer TOKEN" https://shop.example.com/shop/v2/orders
```

#### GET /orders/{order_id}

Returns one order.

```bash
GET /shop/v2/orders/{order_id}
```

Using cURL:

```bash
curl -H "Authorization: Bearer TOKEN" https://shop.example.com/shop/v2/orders/1234
```

#### DELETE /orders/{order_id}

Cancels an order that has not shipped.

```bash
DELETE /shop/v2/orders/{order_id}
```
"""

HEADINGS_ALONE = """\
# Shop API

#### GET /orders

Lists every order of the account.

#### GET /orders/{order_id}

Returns one order.

```bash
curl https://shop.example.com/orders/1234
```
"""


def test_a_short_heading_route_over_its_full_request_line_is_that_one_endpoint(tmp_path: Path) -> None:
    """`#### GET /orders` over ```GET /shop/v2/orders```: one endpoint, written in full, described by the
    heading's section; the short routes are not extra endpoints."""
    paths = extracted_paths(tmp_path, "API.md", SHORT_HEADINGS)
    assert set(paths) == {"/shop/v2/orders", "/shop/v2/orders/{order_id}"}
    assert set(paths["/shop/v2/orders/{order_id}"]) == {"get", "delete"}
    assert params_of(paths["/shop/v2/orders/{order_id}"]["delete"]) == {("order_id", "path"): True}
    assert "not shipped" in paths["/shop/v2/orders/{order_id}"]["delete"].get("description", "")


def test_heading_routes_with_no_request_line_under_them_stay_as_written(tmp_path: Path) -> None:
    """Without a full request line in their sections, heading routes are the routes: the rule stays silent."""
    paths = extracted_paths(tmp_path, "API.md", HEADINGS_ALONE)
    assert "/orders" in paths
    assert "/orders/{order_id}" in paths
