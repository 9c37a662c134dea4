"""Structures of the twenty-second registry batch (benchmarks/docs/registry_truth, FIRST_CONTACT.md): a list item
naming several fields joined by "or", and a request line whose sentence ends "with the following payload" (no
colon) over the list of that payload's fields."""

from __future__ import annotations

from pathlib import Path

from operations import extracted_paths, params_of

PAGE_JOINED_NAMES = """\
# Orders

## Routes

### Place an order

`POST /orders`

#### Arguments

-   `item` - Item to order
-   `quantity` - How many to order
-   `card` or `iban` or `wallet` - How the order is paid. An object of the payment method's details.

### Get an order

`GET /orders/{id}`
"""


def test_a_list_item_naming_fields_joined_by_or_lists_each_of_them(tmp_path: Path) -> None:
    """An item "`card` or `iban` or `wallet` - How the order is paid": three body fields sharing one description, none
    of them required (one or another is sent)."""
    paths = extracted_paths(tmp_path, "README.md", PAGE_JOINED_NAMES)
    assert {(m, p) for p, ops in paths.items() for m in ops} == {("post", "/orders"), ("get", "/orders/{id}")}
    assert params_of(paths["/orders"]["post"]) == {
        ("item", "body"): False,
        ("quantity", "body"): False,
        ("card", "body"): False,
        ("iban", "body"): False,
        ("wallet", "body"): False,
    }
    card = paths["/orders"]["post"]["requestBody"]["content"]["application/json"]["schema"]["properties"]["card"]
    assert card["description"].startswith("How the order is paid")


PAGE_FOLLOWING_PAYLOAD = """\
# Labels

## Routes

### Set a label

Creates the label, or moves it to another release when it exists.

`PUT /releases/{project}/labels/{label}` with the following payload

-   `release` - Release the label points at (ex: `2.0.1`)

### Delete a label

`DELETE /releases/{project}/labels/{label}`
"""


def test_a_request_line_ending_with_the_following_payload_introduces_its_body_fields(tmp_path: Path) -> None:
    """A sentence that ends "with the following payload" and no colon still introduces the list under it: a
    one-item list of the body's fields."""
    paths = extracted_paths(tmp_path, "README.md", PAGE_FOLLOWING_PAYLOAD)
    labels = paths["/releases/{project}/labels/{label}"]
    assert set(labels) == {"put", "delete"}
    assert params_of(labels["put"]) == {("project", "path"): True, ("label", "path"): True, ("release", "body"): False}
    assert params_of(labels["delete"]) == {("project", "path"): True, ("label", "path"): True}
