"""Route items under headings that name their method, in the thirty-fourth registry batch
(benchmarks/docs/registry_truth): `## GET routes` and `## POST routes`, each over bullets that start with a path
alone (`` * `/v2/orders/new` ``), in the heading's own section or in sections under it. The heading is the only
place the method is said, so it is the method of every such item. Names listed alone under a write route's item
that leads into them with a colon ("Creates an order with following elements:", then `sku`, `quantity`) are its
body fields, none said to be required. A path inside a sentence under such a heading is a reference, not a route,
and nested items that are more than a name are no field list."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
# Orders service

## GET routes

### Listings
* `/v2/orders` : list orders
* `/v2/order/{order}` : one order's details

## POST routes

* `/v2/orders/new`

   Creates an order with following elements:
   * sku
   * quantity

* `/v2/orders/{order}/notes`

   Adds notes; each note is given as:
   - `"text"="..."`
   - `"author"="..."`

Orders created so can be read back with `/v2/order/{order}` at once.
"""


def test_a_method_heading_gives_its_route_items_that_method(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert set(ops) == {
        ("GET", "/v2/orders"),
        ("GET", "/v2/order/{order}"),
        ("POST", "/v2/orders/new"),
        ("POST", "/v2/orders/{order}/notes"),
    }


def test_names_listed_under_a_write_route_are_its_optional_body_fields(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert params_of(ops[("POST", "/v2/orders/new")]) == {("sku", "body"): False, ("quantity", "body"): False}
    assert params_of(ops[("POST", "/v2/orders/{order}/notes")]) == {("order", "path"): True}
