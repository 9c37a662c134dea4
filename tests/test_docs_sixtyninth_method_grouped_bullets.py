"""Route lists grouped by method, in the sixty-ninth registry batch (benchmarks/docs/registry_truth): an "Available
Endpoints" list whose top-level items are a method word alone (`- POST`, `- GET`), each over nested items that open
with a rooted path in code (`` - `/:filename` - Exporting charts ... ``). Each nested item is a route of the method
it is nested under (`method_items.py`); a list whose nested items are not paths (commands of one route) is not read
so."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations

GROUPED = """\
# Chart server

## Available Endpoints

- POST
  - `/`: An endpoint for exporting charts.
  - `/:filename` - An endpoint for exporting charts with a specified filename.
- GET
  - `/`: An endpoint for the user interface.
  - `/health`: An endpoint for basic statistics of the server.
"""

COMMANDS = """\
# File manager

## Admin API

The endpoint is defined as `/admin/files`.

- GET
  - `listall` - List all folders
- POST
  - `newfolder` - Create a folder
"""


def test_nested_paths_under_a_method_word_are_routes_of_that_method(tmp_path: Path) -> None:
    operations = extracted_operations(tmp_path, GROUPED)
    assert set(operations) == {("POST", "/"), ("POST", "/{filename}"), ("GET", "/"), ("GET", "/health")}


def test_nested_commands_under_a_method_word_are_not_routes(tmp_path: Path) -> None:
    operations = extracted_operations(tmp_path, COMMANDS)
    assert set(operations) == {("GET", "/admin/files"), ("POST", "/admin/files")}
