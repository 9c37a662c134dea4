"""Example request lines that sort, order, page or limit one listing, in the thirty-sixth registry batch
(benchmarks/docs/registry_truth): under "Sorting", "Use `_sort` and `_order`" over a fence of
`GET /people?_sort=age` and `GET /people?_sort=name&_order=desc`. Two values of a parameter that shapes the
listing (its order, its page, its size, the fields it returns) are two uses of one route, `GET /people` with
query parameters `_sort` and `_order`, never two operations. A parameter that selects the operation, such as
`?action=reset` beside `?action=add`, still names one operation each."""

from __future__ import annotations

from pathlib import Path

from mcpgen.diagnostics import Diagnostics
from mcpgen.ingest.docs import extract_openapi
from tests.operations import extracted_operations, params_of

PAGE = """\
# People

## Routes

### Sorting

Use `_sort` and `_order` to sort the people.

```
GET /people?_sort=age
GET /people?_sort=name&_order=desc
```

### Database

```
GET /db
```
"""


def test_two_orderings_of_a_listing_are_one_route_with_its_query_parameters(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, PAGE)
    assert set(ops) == {("GET", "/people"), ("GET", "/db")}
    assert params_of(ops[("GET", "/people")]) == {("_sort", "query"): False, ("_order", "query"): False}


SELECTED = """\
# Counters

### Reset

```
POST /counters?action=reset
```

### Add

```
POST /counters?action=add
```
"""


def test_a_parameter_that_selects_the_operation_still_names_one_route_each(tmp_path: Path) -> None:
    doc = tmp_path / "README.md"
    doc.write_text(SELECTED, encoding="utf-8")
    assert set(extract_openapi(doc, Diagnostics())["x-ms-paths"]) == {"/counters?action=reset", "/counters?action=add"}
