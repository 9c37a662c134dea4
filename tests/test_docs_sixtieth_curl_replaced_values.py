"""Curl commands in the sixtieth registry batch (benchmarks/docs/registry_truth) that state an API by example
alone: a shell comment says "replace 41.7 with your order's orderid", and the curls under it carry `41.7` in their
paths, no template written anywhere: the value is that placeholder (`/v2/orders/{orderid}/items`). One curl's URL
opens a quote that never closes (`'http://host/v2/orders \\`): the URL ends at the blank, the options after it are
still options, not part of the path. A sentence "by visiting the `/login` endpoint" states a route too: GET, what a
browser sends. A number no comment mentions stays as written; a path a sentence only names is no route."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

SHOP = """\
# Shop server

Start it, then try:

```
    curl -X POST \\
      http://127.0.0.1:9000/v2/orders \\
      -H 'Content-Type: application/json' \\
      -d '{"item": "tea", "count": 2}'

    curl -X GET \\
      'http://127.0.0.1:9000/v2/orders \\
      -H 'accept: application/json'

    # replace 41.7 with your order's orderid
    curl -X GET \\
      'http://127.0.0.1:9000/v2/orders/41.7/items' \\
      -H 'accept: application/json'

    # ship it
    curl -X POST \\
      'http://127.0.0.1:9000/v2/orders/41.7/ship' \\
      -H 'accept: application/json'
```

## Sessions

A session cookie can also be had by visiting the `/login` endpoint.
"""


def test_a_replaced_value_is_a_placeholder_and_an_unclosed_url_quote_ends_at_the_blank(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, SHOP)
    assert set(ops) == {
        ("POST", "/v2/orders"),
        ("GET", "/v2/orders"),
        ("GET", "/v2/orders/{orderid}/items"),
        ("POST", "/v2/orders/{orderid}/ship"),
        ("GET", "/login"),
    }
    assert params_of(ops[("GET", "/v2/orders/{orderid}/items")]) == {("orderid", "path"): True}
    assert params_of(ops[("GET", "/v2/orders")]) == {}


PLAIN = """\
# Shop server

```
    # the first order
    curl -X GET 'http://127.0.0.1:9000/v2/orders/41.7/items'
    curl -X GET 'http://127.0.0.1:9000/v2/orders/41.7/items?page=2'
```

The `/login` endpoint returns a session cookie.
"""


def test_a_value_no_sentence_replaces_stays_and_a_named_path_is_no_route(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, PLAIN)
    assert ("GET", "/login") not in ops
    assert not any("{orderid}" in path for _, path in ops)
