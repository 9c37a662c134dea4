"""A route table of the fifty-first registry batch (benchmarks/docs/registry_truth) whose rows put several methods in
one cell over a path whose last segment is optional in square brackets: `GET`/`POST`/`DELETE` over
`/api/users[/{user}]`. The path stands for the collection and one item of it; the collection's methods (GET, POST)
go to the bare path, the item's (PUT, PATCH, DELETE) to the path with its placeholder, and no bracket stays in a
route. A lone GET over such a path is both routes; a bracket holding no placeholder segment is read elsewhere."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

TABLE = """\
# Admin API

| Method | Path | Purpose |
|--------|------|---------|
| `POST` | `/api/login` | Log in |
| `GET`/`POST`/`DELETE` | `/api/users[/{user}]` | Manage users |
| `GET`/`POST`/`PUT`/`DELETE` | `/api/tokens[/{id}]` | Manage tokens |
"""


def test_a_cells_methods_go_to_the_collection_or_the_item(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, TABLE)
    assert set(ops) == {
        ("POST", "/api/login"),
        ("GET", "/api/users"),
        ("POST", "/api/users"),
        ("DELETE", "/api/users/{user}"),
        ("GET", "/api/tokens"),
        ("POST", "/api/tokens"),
        ("PUT", "/api/tokens/{id}"),
        ("DELETE", "/api/tokens/{id}"),
    }
    assert params_of(ops[("DELETE", "/api/users/{user}")]) == {("user", "path"): True}
    assert not any("[" in path or "]" in path for _, path in ops)


LONE = """\
# Things

| Method | Path | Purpose |
|--------|------|---------|
| `GET` | `/things[/{id}]` | List things, or get one |
| `POST` | `/things` | Create a thing |
"""


def test_a_lone_get_over_an_optional_item_is_both_routes(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, LONE)
    assert set(ops) == {("GET", "/things"), ("GET", "/things/{id}"), ("POST", "/things")}


UNRELATED = """\
# Reports

| Method | Path | Purpose |
|--------|------|---------|
| `GET` | `/reports` | List reports |
| `GET` | `/reports/{id}` | One report |

Options are written in brackets in the text: `[--verbose]` and `[/tmp]` are not routes.
"""


def test_brackets_without_a_route_give_nothing(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, UNRELATED)
    assert set(ops) == {("GET", "/reports"), ("GET", "/reports/{id}")}
