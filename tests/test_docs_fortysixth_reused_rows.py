"""A field table row standing for another route's whole field list, in the forty-sixth registry batch
(benchmarks/docs/registry_truth): under `` #### `POST /render/still` `` a `| Field | Type | Notes |` table has the row
"| all currently supported `draw` fields | same as above | Reused |" beside its own rows. The row names, in code,
the last segment of another route of the page (`POST /render/draw`), so the table takes every field of that route,
with that route's required flags, and its own rows besides. A row saying "all `options` fields" where no route ends
in `options` names a config object, not a route, and gives nothing."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
# Render server

#### `POST /render/draw`

Request fields:

| Field | Type | Notes |
| --- | --- | --- |
| `scene` | `string` | Required |
| `depth` | `integer` | Optional |

#### `POST /render/still`

Request fields:

| Field | Type | Notes |
| --- | --- | --- |
| all currently supported `draw` fields | same as above | Reused |
| `frame` | `integer` | Frame to render |

#### `POST /render/clip`

Request fields:

| Field | Type | Notes |
| --- | --- | --- |
| all `options` fields | see config | Passed through |
| `length` | `integer` | Clip length |
"""


def test_an_all_fields_row_takes_the_named_routes_fields(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert params_of(ops[("POST", "/render/still")]) == {
        ("scene", "body"): True,
        ("depth", "body"): False,
        ("frame", "body"): False,
    }


def test_an_all_fields_row_naming_no_route_gives_nothing(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert params_of(ops[("POST", "/render/clip")]) == {("length", "body"): False}
