"""Raw HTTP request examples under headings, in the forty-fifth registry batch (benchmarks/docs/registry_truth):
`#### Place Order` over ```http POST /order/place``` with a JSON body, `#### Track Order` over ```http GET
/order/ORD123456```, and further down a table of template variables whose example names `/order/:id`.

The stated template makes `ORD123456` an example value of `{id}`, but not `place`: the heading of the request's
own section names that word, so it is the route's own (an action the section documents), and its body stays
that route's. A word the heading does not name is still fitted to the template."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

ORDERS = """\
# shop

## Orders

#### Place Order
```http
POST /order/place
Content-Type: application/json

{"item": 7, "quantity": 1}
```

#### Track Order
```http
GET /order/ORD123456
Authorization: token
```

#### Cancel an order
```http
DELETE /order/ORD123456
Authorization: token
```

## Template variables

| Variable | Meaning | Example |
|----------|---------|---------|
| `{{params.id}}` | Path parameter | `/order/:id` gives the order id |
"""


def test_a_word_the_heading_names_stays_the_routes_own(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, ORDERS)
    assert ("POST", "/order/place") in ops and ("POST", "/order/{id}") not in ops
    assert params_of(ops[("POST", "/order/place")]) == {("item", "body"): False, ("quantity", "body"): False}


def test_a_value_the_heading_does_not_name_fits_the_template(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, ORDERS)
    assert ("GET", "/order/{id}") in ops and ("DELETE", "/order/{id}") in ops
    assert ("id", "path") in params_of(ops[("GET", "/order/{id}")])
    assert not [key for key in ops if "ORD123456" in key[1]]


UNTITLED = """\
# shop

#### Orders
```http
POST /order/place
Content-Type: application/json

{"item": 7}
```

Paths take an id: `/order/:id`.
"""


def test_under_a_heading_that_does_not_name_it_the_word_is_fitted(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, UNTITLED)
    assert ("POST", "/order/place") not in ops
