"""A table of routes with no method column, in the fortieth registry batch (benchmarks/docs/registry_truth): an
"Endpoint | Purpose" table whose rows are a path in code and what it gives, "List all users". A purpose that opens
with a verb of reading states a GET of the row's path; a purpose naming another action, and a table of file
system paths, state none."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations

DOC = """\
# Garden service

## Usage

The service answers over HTTP.

```
GET /api/plants/{{id}}/
```

## Common endpoints

| Endpoint | Purpose |
|----------|---------|
| `/api/plants/` | {first} |
| `/api/beds/` | List all beds |
| `/api/seasons/` | Retrieve the current seasons |
"""


def test_reading_purposes_state_get_routes(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC.format(first="List all plants"))
    assert set(ops) == {
        ("GET", "/api/plants/{id}/"),
        ("GET", "/api/plants/"),
        ("GET", "/api/beds/"),
        ("GET", "/api/seasons/"),
    }


def test_a_purpose_naming_another_action_states_no_route(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC.format(first="Create a plant"))
    assert ("GET", "/api/plants/") not in ops
    assert ("POST", "/api/plants/") not in ops


def test_a_table_of_files_states_no_route(tmp_path: Path) -> None:
    text = DOC.format(first="List all plants").replace("| `/api/", "| `/etc/")
    ops = extracted_operations(tmp_path, text)
    assert set(ops) == {("GET", "/api/plants/{id}/")}
