"""Request lines in a route listing whose methods are joined by slashes, in the sixty-sixth registry batch
(benchmarks/docs/registry_truth): a mock server's README lists its routes as one bare code block,
`GET/POST        /v4/widget` over `GET/PATCH/DELETE /v4/widget/{id}`, then `GET  /health`. Each method joined at
the opening of a line is a request of its own on that path (`method_pairs.joined_method_lines`); a line of a code
block that opens with anything else (a command, an assignment) mentions the methods in passing."""

from __future__ import annotations

from pathlib import Path

from mcpgen.ingest.docs.method_pairs import joined_method_lines
from tests.operations import extracted_operations

DOC = """\
# widget-mock

## Key Endpoints

```
GET/POST        /api/widgetInventory/v4/widget
GET/PATCH/DELETE /api/widgetInventory/v4/widget/{id}

GET  /health
POST /admin/reset
```
"""

PASSING = """\
# widget-mock

## Configuration

```
ALLOWED=GET/POST /api/widgetInventory/v4/widget
echo GET/PATCH /api/widgetInventory/v4/widget/{id}
```

```
GET  /health
```
"""


def test_each_joined_method_of_a_listed_line_is_a_request(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert set(ops) == {
        ("GET", "/api/widgetInventory/v4/widget"),
        ("POST", "/api/widgetInventory/v4/widget"),
        ("GET", "/api/widgetInventory/v4/widget/{id}"),
        ("PATCH", "/api/widgetInventory/v4/widget/{id}"),
        ("DELETE", "/api/widgetInventory/v4/widget/{id}"),
        ("GET", "/health"),
        ("POST", "/admin/reset"),
    }


def test_methods_joined_inside_a_line_are_left(tmp_path: Path) -> None:
    assert set(extracted_operations(tmp_path, PASSING)) == {("GET", "/health")}


def test_the_line_reader_counts_lines_and_needs_the_opening() -> None:
    assert joined_method_lines("GET  /a\n  GET|HEAD /b/{id}") == [(1, "GET", "/b/{id}"), (1, "HEAD", "/b/{id}")]
    assert joined_method_lines("x = GET/POST /a") == []
    assert joined_method_lines("GET / POST /a") == []
