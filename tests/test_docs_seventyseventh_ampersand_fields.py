"""Two fields named on one bullet joined by an ampersand, in the seventy-seventh registry batch
(benchmarks/docs/registry_truth): "`limit` & `offset`: Pagination" is "and" written short, two parameters with
one description. An ampersand inside one name's item after its separator ("`page`: page number & size") joins
no names."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
# Server

## GET /items

Query parameters:

- `limit` & `offset`: Pagination
- `page`: page number & size
"""


def test_ampersand_joins_two_fields(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert params_of(ops[("GET", "/items")]) == {
        ("limit", "query"): False,
        ("offset", "query"): False,
        ("page", "query"): False,
    }
