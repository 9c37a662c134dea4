"""A route whose description points to its fields further down, in the forty-fourth registry batch
(benchmarks/docs/registry_truth): `` `GET`, `PATCH /supplier` | who the supplier is, and changing it: any of the
fields below ``, then a table naming them as the supplier's ("the supplier: `name`, `city`", "the supplier's
`iban` and `bic`", "the order's, or the supplier's `currency` (`EUR`)"). Each name given to the supplier is an
optional body field of the PATCH; a name given another owner ("the order's `reference`") and a coded value are not.
A row that points to nothing gives no field from the same text."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

BELOW = """\
# Supplier

| | |
| --- | --- |
| `POST /orders` | Tell the supplier of an order |
| `GET`, `PATCH /supplier` | who the supplier is, and changing it: any of the fields below |

| In the invoice | From |
| --- | --- |
| The seller | the supplier: `name`, `city`, `country` |
| The currency | the order's, or the supplier's `currency` (`EUR`) |
| The buyer reference | the order's `reference` |
| How to pay | the supplier's `iban` and `bic` |
"""


def test_the_fields_below_named_as_the_resources_are_its_body_fields(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, BELOW)
    assert params_of(ops[("PATCH", "/supplier")]) == {
        (name, "body"): False for name in ("name", "city", "country", "currency", "iban", "bic")
    }


NOT_POINTED = BELOW.replace("and changing it: any of the fields below", "and changing it")


def test_a_row_that_points_to_nothing_takes_no_fields_from_below(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, NOT_POINTED)
    assert not params_of(ops[("PATCH", "/supplier")])
    assert ("reference", "body") not in params_of(ops[("POST", "/orders")])
