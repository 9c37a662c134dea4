"""Example requests whose item path carries two values a body of the same page names, in the forty-seventh
registry batch (benchmarks/docs/registry_truth): a page of curl commands alone, one of them
`curl https://host/api/v1/shelves/north/B-12/status`, another `curl -X POST https://host/api/v1/loan -d
'{"branch": "north", "shelf_code": "B-12", "title": "Dune"}'`. The two segments are the values the body gives
`branch` and `shelf_code`: the path is the item's address in those fields, `/api/v1/shelves/{branch}/{shelf_code}/
status`. One segment alone equal to a body's value ("north" beside `{"branch": "north"}`) is a word the route
may well have, and stays as written."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

PAGE = """\
# Library guide

## API reference (curl examples)

```bash
# List all shelves
curl https://localhost:9000/api/v1/shelves

# Get shelf status
curl "https://localhost:9000/api/v1/shelves/{item}/status"

# Lend a book
curl -X POST "https://localhost:9000/api/v1/loan" \\
  -H "Content-Type: application/json" \\
  -d '{{"branch": "north", "shelf_code": "B-12", "title": "Dune"}}'
```
"""


def test_two_segments_a_body_names_are_placeholders(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, PAGE.format(item="north/B-12"))
    assert ("GET", "/api/v1/shelves/{branch}/{shelf_code}/status") in ops
    assert params_of(ops[("GET", "/api/v1/shelves/{branch}/{shelf_code}/status")]) == {
        ("branch", "path"): True,
        ("shelf_code", "path"): True,
    }
    assert ("POST", "/api/v1/loan") in ops


def test_one_segment_a_body_names_stays_as_written(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, PAGE.format(item="north/main"))
    assert ("GET", "/api/v1/shelves/north/main/status") in ops
    assert not any("{" in path for _, path in ops)
