"""Where the names of a table go when a POST route's text says otherwise than its method would, in the
thirty-ninth registry batch (benchmarks/docs/registry_truth): a page-wide table headed "Common Query Parameters"
(its names go in the query of every route, a POST's too), and a route-titled table (`` `/api/feature.{fmt}` ``
under "Endpoint-Specific Parameters") beside "The POST body must be a GeoJSON feature object": the body is one
document of a named kind, so the table's names are the query's. A table beside "The request body must be a JSON
object with these fields" lists the body's fields and keeps them in the body."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
# Clip API

## Endpoints

| Endpoint | Method | Description |
|---|---|---|
| `/api/clip.{fmt}` | POST | Clip the raster to a shape |
| `/api/merge` | POST | Merge rasters |

## Common Query Parameters

| Parameter | Description |
|---|---|
| `source` | The raster to read. |

## Endpoint-Specific Parameters

### `/api/clip.{fmt}`

| Parameter | Description |
|---|---|
| `size` | Largest side in pixels. |

The POST body must be a GeoJSON feature object used to clip the raster.

### `/api/merge`

| Parameter | Description |
|---|---|
| `layers` | The rasters to merge. |

The request body must be a JSON object with these fields.
"""


def test_a_common_query_table_and_a_table_beside_a_whole_body_go_in_the_query(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert params_of(ops[("POST", "/api/clip.{fmt}")]) == {
        ("fmt", "path"): True,
        ("source", "query"): False,
        ("size", "query"): False,
    }


def test_a_table_beside_a_body_of_fields_stays_the_bodys(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert params_of(ops[("POST", "/api/merge")]) == {("source", "query"): False, ("layers", "body"): False}
