"""curl commands printed as paragraphs of their own, outside any code block, in the thirty-sixth registry batch
(benchmarks/docs/registry_truth): a README whose only statement of its API is a run of bare paragraphs, each a
one-line comment ("#list the accounts", no space after the `#`, so no heading) over one command such as
"curl http://127.0.0.1:8888/account" or "curl -X POST -H ... -d '{...}' http://127.0.0.1:8888/order". Such a
paragraph is the command and nothing else: it states its route as the same command in a code block would, with
the fields of its JSON body. A curl command after words on its line ("eg: curl -X POST ...") stays an example
of a route stated elsewhere, and a sentence about curl is no command."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

PAGE = """\
# Shop

#### Usage (curl)

#list the accounts

curl http://127.0.0.1:9000/accounts

#one product

curl http://127.0.0.1:9000/products/XK.pen20

#place an order

curl -X POST -H "Content-type: application/json" -d '{"product":"XK.pen20", "quantity":2}' http://127.0.0.1:9000/orders

#orders still open

curl http://127.0.0.1:9000/orders/open
"""


def test_a_paragraph_that_is_a_curl_command_states_its_route(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, PAGE)
    assert set(ops) == {
        ("GET", "/accounts"),
        ("GET", "/products/XK.pen20"),
        ("POST", "/orders"),
        ("GET", "/orders/open"),
    }
    assert params_of(ops[("POST", "/orders")]) == {("product", "body"): False, ("quantity", "body"): False}


IN_SENTENCES = """\
# Shop

#### Usage

Install it, then try it, eg: curl -X POST -d '{"quantity":2}' http://127.0.0.1:9000/baskets

You can also use curl to fetch the page at http://127.0.0.1:9000/help if you like.

```
GET /orders
```
"""


def test_a_curl_command_after_words_or_a_sentence_about_curl_states_no_route(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, IN_SENTENCES)
    assert set(ops) == {("GET", "/orders")}
