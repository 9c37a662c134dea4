"""A heading whose request line joins two methods by a bar in the twenty-ninth registry batch
(benchmarks/docs/registry_truth): `` ### `GET|POST /preview` `` states GET /preview and POST /preview, one
section describing both. A bar between a method and a path elsewhere (`<GET|POST>` placeholders) is not this."""

from __future__ import annotations

from pathlib import Path

from operations import extracted_operations

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
    return set(extracted_operations(tmp_path, text))


def test_a_heading_joining_two_methods_by_a_bar_states_a_request_of_each(tmp_path: Path) -> None:
    assert _operations(tmp_path, PAGE) == {
        ("POST", "/print"),
        ("GET", "/preview"),
        ("POST", "/preview"),
        ("GET", "/status"),
    }
