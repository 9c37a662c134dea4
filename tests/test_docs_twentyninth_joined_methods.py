"""A heading whose request line joins two methods by a bar in the twenty-ninth registry batch
(benchmarks/docs/registry_truth): `` ### `GET|POST /preview` `` states GET /preview and POST /preview, one
section describing both. A bar between a method and a path elsewhere (`<GET|POST>` placeholders) is not this."""

from __future__ import annotations

from pathlib import Path

from mcpgen.diagnostics import Diagnostics
from mcpgen.ingest.docs import extract_openapi

PAGE = """\
# Label server

## API Endpoints

### `POST /print`
Print a label.

**Request Body**: label data (JSON)

### `GET|POST /preview`
Preview the label image without printing.

**Response**: PNG image of the label

### `GET /status`
Server status.
"""


def _operations(tmp_path: Path, text: str) -> set[tuple[str, str]]:
    source = tmp_path / "README.md"
    source.write_text(text, encoding="utf-8")
    spec = extract_openapi(source, Diagnostics())
    return {
        (method.upper(), path)
        for path, item in spec.get("paths", {}).items()
        for method, op in item.items()
        if isinstance(op, dict) and "responses" in op
    }


def test_a_heading_joining_two_methods_by_a_bar_states_a_request_of_each(tmp_path: Path) -> None:
    assert _operations(tmp_path, PAGE) == {
        ("POST", "/print"),
        ("GET", "/preview"),
        ("POST", "/preview"),
        ("GET", "/status"),
    }
