"""A call of the thirty-first registry batch (benchmarks/docs/registry_truth) named in passing by its method and
a path written from the API's base, without the leading slash ("send another HTTP POST call to
`shop/checkout`"), beside routes stated in full under one prefix (`POST /api/shop/cart`): the call is that route
under the prefix. A relative path no stated route places, or that stated routes place under two prefixes,
states no route."""

from __future__ import annotations

from pathlib import Path

from operations import extracted_operations

PAGE = """\
# Shop

All calls are registered under the `shop` namespace with the base URI `/api`.

## cart

Add to the cart: `POST /api/shop/cart`

## pay

Pay for the cart: `POST /api/shop/pay`

# Single sign-on

When the cart is paid, your page should send an HTTP POST call to `shop/checkout`.  The browser then makes an
HTTP GET request to `auth/return` on your own server.
"""


def test_a_call_to_a_path_written_from_the_base_is_the_route_under_the_stated_prefix(tmp_path: Path) -> None:
    operations = extracted_operations(tmp_path, PAGE)
    assert set(operations) == {("POST", "/api/shop/cart"), ("POST", "/api/shop/pay"), ("POST", "/api/shop/checkout")}


def test_a_relative_path_under_two_prefixes_states_no_route(tmp_path: Path) -> None:
    page = PAGE.replace("Pay for the cart: `POST /api/shop/pay`", "Pay for the cart: `POST /v2/shop/pay`")
    operations = extracted_operations(tmp_path, page)
    assert set(operations) == {("POST", "/api/shop/cart"), ("POST", "/v2/shop/pay")}
