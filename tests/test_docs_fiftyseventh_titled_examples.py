"""A request line on concrete values right under the heading that states its template, in the fifty-seventh
registry batch (benchmarks/docs/registry_truth): "### `GET /playlist/<uuid>` — direct playlist-by-uuid API" over a
code block holding only `GET /playlist/lk.8edd98ff-…?resumeStream=false&richTracks=false`. The line is the
request as sent, an example of the heading's route: no route of its own, and its query names are the route's. A
lone request line in that section that does not fit the template (another resource) stays a route."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

TITLED = """\
# Shop API notes

Base: `https://api.shop.example.org`

### `GET /orders/<id>` — one order

```
GET /orders/ord.8f3a2c-…?full=false&lines=true
```

Returns the order.

### `GET /carts/<id>` — one cart

```
GET /baskets/77
```

Returns the cart.
"""


def test_a_concrete_request_line_under_its_template_heading_is_an_example(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, TITLED)
    assert set(ops) == {("GET", "/orders/{id}"), ("GET", "/carts/{id}"), ("GET", "/baskets/77")}
    params = params_of(ops[("GET", "/orders/{id}")])
    assert ("full", "query") in params
    assert ("lines", "query") in params
