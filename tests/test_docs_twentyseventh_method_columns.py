"""Route tables with a column per method, in the twenty-seventh registry batch (benchmarks/docs/registry_truth):
`| URI | GET | PUT | description |` over rows that put an `X` under each method the route accepts. Each marked cell is
a request of its column's method on its row's path. The rule is written for the structure a page uses, not for the
project that showed it first."""

from __future__ import annotations

from pathlib import Path

from operations import extracted_paths, params_of

METHOD_COLUMNS = """\
# Thermostat server

## API

| URI                          | GET | PUT | DELETE | description                  |
|:-----------------------------|:---:|:---:|:------:|:-----------------------------|
| `/api/rooms`                 |  X  |     |        | Lists the rooms.             |
| `/api/rooms/<int:room>`      |  X  |  X  |   X    | Reads, sets or removes one.  |
| `/api/clock`                 |  X  |  X  |        | Reads or sets the clock.     |
"""

ROLE_TABLE = """\
# Thermostat server

## Permissions

| Role    | GET | PUT |
|---------|:---:|:---:|
| viewer  |  X  |     |
| admin   |  X  |  X  |

## Routes

- `GET /api/rooms` — the rooms
"""


def test_each_marked_method_column_is_a_request_on_the_rows_path(tmp_path: Path) -> None:
    """An `X` under GET and PUT on `/api/clock` is GET and PUT on it; an empty cell is no request."""
    paths = extracted_paths(tmp_path, "README.md", METHOD_COLUMNS)
    assert set(paths) == {"/api/rooms", "/api/rooms/{room}", "/api/clock"}
    assert set(paths["/api/rooms"]) == {"get"}
    assert set(paths["/api/rooms/{room}"]) == {"get", "put", "delete"}
    assert set(paths["/api/clock"]) == {"get", "put"}
    for method in ("get", "put", "delete"):
        assert params_of(paths["/api/rooms/{room}"][method]) == {("room", "path"): True}


def test_method_columns_without_a_path_column_state_no_routes(tmp_path: Path) -> None:
    """A table of roles marking the methods each may use names no path: it adds no route."""
    paths = extracted_paths(tmp_path, "README.md", ROLE_TABLE)
    assert set(paths) == {"/api/rooms"}
