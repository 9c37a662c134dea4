"""An `Example::` label whose literal block lacks the blank line after it, in the thirty-ninth registry batch
(benchmarks/docs/registry_truth): docutils reads `Example::` and the indented curl under it as a definition list
item ("Blank line missing before literal block (after the "::")? Interpreted as a definition list item"). The
term ending in `::` is the literal-block marker, so the indented lines are the example request the writer meant:
its route and query parameters are read. A definition list of ordinary terms (a word defined by a sentence)
stays a definition list and gives no route of its own."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

MISSING_BLANK = """\
Reports
=======

@@orders-export
---------------

Exports the orders as a spreadsheet.

- **from** - orders created from this date.
- **to** - orders created up to this date.

Example::
    curl -i http://localhost:8080/site/@@orders-export?from=2023-10-22&to=2023-10-30

Response::
    Binary file
"""

ORDINARY_TERMS = """\
Reports
=======

@orders
-------

Example::

    curl -i http://localhost:8080/site/@orders

Glossary
--------

Export
    A spreadsheet of the orders, as http://localhost:8080/site/@@orders-export gives it.

Order
    One purchase.
"""


def test_a_literal_block_missing_its_blank_line_is_still_code(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, MISSING_BLANK, "README.rst")
    assert ("GET", "/site/@@orders-export") in ops, sorted(ops)
    params = params_of(ops[("GET", "/site/@@orders-export")])
    assert params.get(("from", "query")) is False and params.get(("to", "query")) is False, params


def test_ordinary_definition_terms_give_no_route(tmp_path: Path) -> None:
    assert set(extracted_operations(tmp_path, ORDINARY_TERMS, "README.rst")) == {("GET", "/site/@orders")}
