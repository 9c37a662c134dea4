"""A parameter table right after an endpoint table in the same section, in the thirty-ninth registry batch
(benchmarks/docs/registry_truth): "STAC Endpoints", a table of four routes, then a table of names and
descriptions with no heading of its own. The table states what the group of routes takes: each row goes to every
route of the table above it, except a row whose description limits it to routes it writes in code ("Applies to
`/api/stac/thumbnail.{fmt}` only"), which goes to those alone. A table of names in a section that states its
routes in a list, not in an endpoint table, is not read so, nor one after a sentence about what the routes answer."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
# Archive API

## Archive Endpoints

Endpoints that read an archive.

| Endpoint | Method | Description |
|---|---|---|
| `/api/archive/info` | GET | Describe the archive |
| `/api/archive/thumb.png` | GET | A small picture of it |

| Parameter | Description |
|---|---|
| `source` | **Required.** The archive to read. |
| `size` | Largest side in pixels. Applies to `/api/archive/thumb.png` only. |
"""

LISTED = """\
# Archive API

## Archive Endpoints

- `GET /api/archive/info`: describe the archive
- `GET /api/archive/thumb.png`: a small picture of it

Then, somewhere else:

| Parameter | Description |
|---|---|
| `source` | The archive to read. |
"""

ANSWERED = """\
# Archive API

## Archive Endpoints

| Endpoint | Method | Description |
|---|---|---|
| `/api/archive/info` | GET | Describe the archive |
| `/api/archive/list` | GET | List the archives |

The response holds these fields:

| Field | Description |
|---|---|
| `name` | The archive's name. |
"""


def test_a_parameter_table_after_an_endpoint_table_is_the_groups(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert params_of(ops[("GET", "/api/archive/info")]) == {("source", "query"): True}
    assert params_of(ops[("GET", "/api/archive/thumb.png")]) == {("source", "query"): True, ("size", "query"): False}


def test_a_parameter_table_after_routes_in_a_list_is_not_read_as_the_groups(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, LISTED)
    assert params_of(ops[("GET", "/api/archive/info")]) == {}


def test_a_table_after_a_sentence_about_the_answer_is_not_the_groups(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, ANSWERED)
    assert params_of(ops[("GET", "/api/archive/info")]) == {}
