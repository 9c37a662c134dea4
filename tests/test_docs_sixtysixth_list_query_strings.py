"""A query string every list endpoint takes, stated once, in the sixty-sixth registry batch
(benchmarks/docs/registry_truth): "All list endpoints support: `?offset=0&limit=20&fields=id,name`" under a bare
route listing (`GET/POST /v4/widget`, `GET/PATCH/DELETE /v4/widget/{id}`). The query's keys are optional query
parameters of each list endpoint; where no section says it lists, a list endpoint is the GET of a collection, a
path whose item route the page also states (`list_endpoint_params.py`): not the item's GET, nor `GET /health`."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
# widget-mock

## Key Endpoints

```
GET/POST        /api/v4/widget
GET/PATCH/DELETE /api/v4/widget/{id}
GET  /health
```

## Query Parameters

All list endpoints support: `?offset=0&limit=20&fields=id,name`
"""


def test_the_query_keys_go_to_the_collection_gets(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert params_of(ops[("GET", "/api/v4/widget")]) == {
        ("offset", "query"): False,
        ("limit", "query"): False,
        ("fields", "query"): False,
    }
    assert params_of(ops[("GET", "/api/v4/widget/{id}")]) == {("id", "path"): True}
    assert params_of(ops[("GET", "/health")]) == {}
    assert params_of(ops[("POST", "/api/v4/widget")]) == {}


def test_a_query_string_of_all_endpoints_is_no_list_statement(tmp_path: Path) -> None:
    doc = DOC.replace("All list endpoints support:", "This example uses:")
    ops = extracted_operations(tmp_path, doc)
    assert params_of(ops[("GET", "/api/v4/widget")]) == {}
