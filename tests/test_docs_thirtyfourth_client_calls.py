"""An API's own Python client called in a script, in the thirty-fourth registry batch
(benchmarks/docs/registry_truth): `client.get("/api/v2/orders", state="open")` under the comment
`# /api/v2/orders?state=open`, `client.get("/api/v2/lines?order=%s" % order["id"])` and
`client.get("/api/v2/items/%s" % line["item"])`. A wrapper client takes a read call's query as keyword arguments
with literal values (the HTTP library's own keywords, `timeout=`, `verify=`, are options), and a printf-style
template (`"%s" % value`) fills its slots at run time: in the path a placeholder, in the query an example value of
an optional parameter. The HTTP library called directly (`requests.get(url, timeout="5")`) has no such query."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

SCRIPT = """\
Using the client
================

.. code-block:: python

    from shop.clients import ShopClient

    client = ShopClient(endpoint="https://shop.example.org")

    # /api/v2/orders?state=open
    orders = client.get("/api/v2/orders", state="open", timeout=10)
    for order in orders["results"]:
        lines = client.get("/api/v2/lines?order=%s" % order["id"])
        for line in lines["results"]:
            item = client.get("/api/v2/items/%s" % line["item"])
            print(item["name"])
"""


def test_a_clients_keywords_and_printf_slots_are_the_calls_parameters(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, SCRIPT, "usage.rst")
    assert set(ops) == {("GET", "/api/v2/orders"), ("GET", "/api/v2/lines"), ("GET", "/api/v2/items/{item}")}
    assert params_of(ops[("GET", "/api/v2/orders")]) == {("state", "query"): False}
    assert params_of(ops[("GET", "/api/v2/lines")]) == {("order", "query"): False}
    assert params_of(ops[("GET", "/api/v2/items/{item}")]) == {("item", "path"): True}


LIBRARY = """\
Calling the API
===============

.. code-block:: python

    import requests

    response = requests.get("https://shop.example.org/api/v2/orders", timeout="5", verify="ca.pem")
    print(response.json())
"""


def test_the_http_librarys_own_keywords_are_no_query(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, LIBRARY, "usage.rst")
    assert set(ops) == {("GET", "/api/v2/orders")}
    assert params_of(ops[("GET", "/api/v2/orders")]) == {}
