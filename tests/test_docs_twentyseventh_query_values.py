"""Query parameters named by example values in a route table's description cell, in the twenty-seventh registry
batch (benchmarks/docs/registry_truth): "Query params: `full=true` (whole page), `page=N`" names `full` and
`page` as query parameters of the row's route. The rule is written for the structure a page uses, not for the
project that showed it first."""

from __future__ import annotations

from pathlib import Path

from operations import extracted_paths, params_of

ROUTE_TABLE = """\
# Crawler server

## API

| Method | Endpoint | Description |
|--------|----------|-------------|
| `GET` | `/pages/:id/text` | Text of the page. Query params: `full=true` (whole page), `page=N` (paginate) |
| `GET` | `/pages/:id/files` | List files. Query parameters: `withData=true`, `limit=N` |
| `POST` | `/pages` | Open a page |
| `GET` | `/config` | Settings, e.g. `retries=3`, `timeout=30` |
"""


def test_query_params_named_by_example_values_in_a_description_cell_are_the_rows_query(tmp_path: Path) -> None:
    """Each `name=value` after a "Query params:" label is a query parameter of its row's route; values written
    so under no query label are not."""
    paths = extracted_paths(tmp_path, "README.md", ROUTE_TABLE)
    text = params_of(paths["/pages/{id}/text"]["get"])
    assert text == {("id", "path"): True, ("full", "query"): False, ("page", "query"): False}
    files = params_of(paths["/pages/{id}/files"]["get"])
    assert files == {("id", "path"): True, ("withData", "query"): False, ("limit", "query"): False}
    assert params_of(paths["/config"]["get"]) == {}
