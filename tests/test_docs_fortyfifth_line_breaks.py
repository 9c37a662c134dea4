"""Routes in diagram box labels, in the forty-fifth registry batch (benchmarks/docs/registry_truth): a Mermaid
flowchart whose boxes hold several lines joined by HTML line breaks, `Static: GET /api/jobs/{id}/logs<br/>Live:
GET /api/jobs/{id}/logs/stream`.

`<br/>` (`<br>`, `<br />`) is a line break, never an angle-bracket placeholder: a route written before it ends
there, and the text after it (the next line of the label) is no path segment."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DIAGRAM = """\
# Jobs

```mermaid
flowchart TD
    body --> lm["<b>log_modal.html</b><br/>Static: GET /api/jobs/{id}/logs<br/>Live: GET /api/jobs/{id}/logs/stream"]
    body --> pm["<b>preview.html</b><br>Preview: GET /api/jobs/{id}/preview<br />dry run"]
```
"""


def test_a_line_break_ends_the_route_before_it(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DIAGRAM)
    assert set(ops) == {
        ("GET", "/api/jobs/{id}/logs"),
        ("GET", "/api/jobs/{id}/logs/stream"),
        ("GET", "/api/jobs/{id}/preview"),
    }
    assert params_of(ops[("GET", "/api/jobs/{id}/logs")]) == {("id", "path"): True}


PLACEHOLDERS = """\
# Items

```
GET /items/<item_id>
GET /items/<item_id>/tags/<tag>
```
"""


def test_an_angle_placeholder_is_no_line_break(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, PLACEHOLDERS)
    assert set(ops) == {("GET", "/items/{item_id}"), ("GET", "/items/{item_id}/tags/{tag}")}
    assert params_of(ops[("GET", "/items/{item_id}/tags/{tag}")]) == {
        ("item_id", "path"): True,
        ("tag", "path"): True,
    }
