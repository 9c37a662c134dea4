"""A route's bracketed optional item segment is part of it, never a route written short, in the seventy-third
registry batch (benchmarks/docs/registry_truth): a page that abbreviates routes (`DELETE .../datasets/{d}`) and
writes `GET /projects/{p}/datasets[/{d}]`. The `/{d}` in the bracket must not be read as the tail of the longer
`/projects/{p}/datasets/{d}` and written out in full (`written_routes._ROOTED`): the row is the collection and the
item (`optional_item_segments`). A path in a Markdown link's brackets (`[/api/users](#users)`), not glued to a
route before it, is still a path of its own."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations

TABLE = """\
# Emulator

## REST surface

| Call | REST | Used for |
|---|---|---|
| `jobs.insert` | `POST /projects/{p}/jobs` | every statement |
| `tables.list` | `GET .../datasets/{d}/tables` | relation cache |
| `datasets.list` / `datasets.get` | `GET /projects/{p}/datasets[/{d}]` | schemas |
| `datasets.insert` / `datasets.delete` | `POST /projects/{p}/datasets`, `DELETE .../datasets/{d}` | create / drop |
"""

LINKED = """\
# Service

## Routes

| Method | Path |
|---|---|
| `GET` | `/api/v1/users` |
| `DELETE` | `/api/v1/users/{id}` |
| `GET` | `.../users/{id}/roles` |

See [/users/{id}](#users) for the user's fields.
"""


def test_the_bracketed_item_stays_with_its_route(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, TABLE)
    assert ("GET", "/projects/{p}/datasets") in ops
    assert ("GET", "/projects/{p}/datasets/{d}") in ops
    assert ("DELETE", "/projects/{p}/datasets/{d}") in ops
    assert not any("[" in path or path.count("/projects") > 1 for _, path in ops)


def test_a_linked_path_is_still_written_in_full(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, LINKED)
    assert ("GET", "/api/v1/users/{id}/roles") in ops
    assert ("DELETE", "/api/v1/users/{id}") in ops
