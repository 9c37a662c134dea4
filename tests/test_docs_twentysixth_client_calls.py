"""Arguments passed through a generated client, in the twenty-sixth registry batch
(benchmarks/docs/registry_truth): under `GET /v2/orders`, a Node.js snippet calls `api.orders.listOrders()` and
`api.orders.listOrders({status: 'open'})`: `status` is an optional query parameter of that GET. The rule is written
for the structure a page uses, not for the project that showed it first."""

from __future__ import annotations

from pathlib import Path

from operations import extracted_paths, params_of

CLIENT_CALLS = """\
# Shop API

#### GET /v2/orders

Lists the orders of the account.

Using Node.js:

```js
client.then(function(api) {
  api.orders.listOrders()
    .then(function(res) { console.log(res.obj.orders.length) })
})

// OR
client.then(function(api) {
  api.orders.listOrders({status: 'open', limit: 20})
    .then(function(res) { console.log(res.obj.orders) })
})
```

#### GET /v2/orders/{order_id}

Returns one order.

```js
api.orders.getOrder({order_id: '1234'}).then(function(res) { console.log(res.obj) })
```

#### GET /v2/stock

A workflow across operations.

```js
api.orders.getOrder({order_id: '1234'})
api.stock.getStock({sku: 'A-1'})
```
"""


def test_keys_of_a_generated_client_call_are_the_query_parameters_of_its_get(tmp_path: Path) -> None:
    """`listOrders({status: 'open', limit: 20})` beside `listOrders()`: `status` and `limit`, optional, in the
    query; a key named like the path's placeholder fills the path."""
    paths = extracted_paths(tmp_path, "API.md", CLIENT_CALLS)
    assert params_of(paths["/v2/orders"]["get"]) == {("status", "query"): False, ("limit", "query"): False}
    assert params_of(paths["/v2/orders/{order_id}"]["get"]) == {("order_id", "path"): True}


def test_a_snippet_calling_several_operations_gives_no_arguments(tmp_path: Path) -> None:
    """Calls of two operations in one snippet show a workflow: neither call's keys are taken."""
    paths = extracted_paths(tmp_path, "API.md", CLIENT_CALLS)
    assert params_of(paths["/v2/stock"]["get"]) == {}
