"""A page-wide list of query filters whose item names the collection it filters, in the fortieth registry batch
(benchmarks/docs/registry_truth): a "Query Parameters" section stating no route, "Most endpoints support
filtering:" over items such as "`archived`: Filter shelves by archive status". The item's description names the
collection the page reads at `GET /api/shelves/`, so that GET takes it, optional. An item naming no collection
("Filter by specific ID") is spread over nothing."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
# Library API

## API access

### Common endpoints

```
GET /api/books/
GET /api/shelves/
```

### Query Parameters

Most endpoints support filtering:
- `id`: Filter by specific ID
- `archived`: {description}
"""


def test_a_filter_naming_its_collection_goes_to_it(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC.format(description="Filter shelves by archive status"))
    assert params_of(ops[("GET", "/api/shelves/")]) == {("archived", "query"): False}
    assert params_of(ops[("GET", "/api/books/")]) == {}


def test_a_filter_naming_no_collection_goes_nowhere(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC.format(description="Filter by archive status"))
    assert params_of(ops[("GET", "/api/shelves/")]) == {}
    assert params_of(ops[("GET", "/api/books/")]) == {}
