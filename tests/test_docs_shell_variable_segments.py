"""A curl URL whose path segment is a shell variable the page never assigns (`/sessions/${SESSION_ID}`, as
agent-toolbox's README writes after creating a session): the variable stands for the value, so the segment is a
placeholder and the request is the route the page states as `/sessions/{id}`, not a route of its own with a
literal `$` in it. A variable the page assigns is put in place instead (`shell_vars.py`)."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations

UNASSIGNED = """\
# Sessions

- **`POST /sessions`** - Create a session.
- **`GET /sessions/{id}`** - Get a session.

```bash
curl -X POST http://localhost:4280/sessions
curl "http://localhost:4280/sessions/${SESSION_ID}"
```
"""

ASSIGNED = """\
# Items

```bash
ITEM=books
curl "http://localhost:8080/api/${ITEM}/count"
```
"""


def test_an_unassigned_shell_variable_segment_is_a_placeholder(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, UNASSIGNED)
    assert set(ops) == {("POST", "/sessions"), ("GET", "/sessions/{id}")}


def test_an_assigned_shell_variable_is_its_value(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, ASSIGNED)
    assert ("GET", "/api/books/count") in ops
    assert not any("$" in path for _, path in ops)
