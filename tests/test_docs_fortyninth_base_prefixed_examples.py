"""Example URLs written from the host, under a base whose path the route table leaves out, in the forty-ninth
registry batch (benchmarks/docs/registry_truth): "All endpoints are served under `/api/v1`", the base URL
`http://localhost:8000/api/v1`, a table of routes relative to it (`/items`, `/items/{id}`), and code blocks of
bare example URLs that carry the base's path (`/api/v1/items?color=red&limit=50`). Each example is a use of the
stated route behind the base's path, so its query names are that route's query parameters. An example under a
path that is not the base's (`/api/v2/items?...`) is no use of the stated route and gives nothing."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

PAGE = """\
# Widget API

All endpoints are served under `/api/v1`. The full base URL is:

```
http://localhost:8000/api/v1
```

## Endpoints

| Path | Method | Description |
|---|---|---|
| `/items` | GET | Items |
| `/items/{{id}}` | GET | One item |
| `/users` | GET | Users |

## Filtering

Filter the items by colour:

```
{example}
```
"""


def test_an_example_under_the_base_path_gives_the_route_its_query(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, PAGE.format(example="/api/v1/items?color=red&limit=50"))
    assert set(ops) == {("GET", "/items"), ("GET", "/items/{id}"), ("GET", "/users")}
    assert params_of(ops[("GET", "/items")]) == {("color", "query"): False, ("limit", "query"): False}
    assert params_of(ops[("GET", "/users")]) == {}


def test_an_example_under_another_path_gives_nothing(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, PAGE.format(example="/api/v2/items?color=red&limit=50"))
    assert set(ops) == {("GET", "/items"), ("GET", "/items/{id}"), ("GET", "/users")}
    assert params_of(ops[("GET", "/items")]) == {}
