"""A route's path alone as a heading, inside a part headed as parameters, in the thirty-ninth registry batch
(benchmarks/docs/registry_truth): "Endpoint-Specific Parameters", then one heading per route (`` `/api/bounds` ``)
over a table of names, the routes being stated in an endpoint table above. The path heading titles that route's
parameters. A path heading elsewhere (not under a parameters heading) stays the route's own section heading,
whose table may as well describe what it answers, and gives nothing to a route stated elsewhere."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
# Maps API

## Endpoints

| Endpoint | Method | Description |
|---|---|---|
| `/api/extent` | GET | The extent of the map |
| `/api/preview.{fmt}` | GET | A preview picture |

## Endpoint-Specific Parameters

### `/api/extent`

| Parameter | Description |
|---|---|
| `srs` | Spatial reference of the answer. |

### `/api/preview.{fmt}`

| Parameter | Description |
|---|---|
| `width` | Width in pixels. |
"""

ELSEWHERE = """\
# Maps API

## Endpoints

| Endpoint | Method | Description |
|---|---|---|
| `/api/extent` | GET | The extent of the map |
| `/api/preview.{fmt}` | GET | A preview picture |

## Answers

### `/api/extent`

| Parameter | Description |
|---|---|
| `srs` | Spatial reference of the answer. |
"""


def test_a_path_heading_under_a_parameters_heading_titles_that_routes_parameters(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert params_of(ops[("GET", "/api/extent")]) == {("srs", "query"): False}
    assert params_of(ops[("GET", "/api/preview.{fmt}")]) == {("fmt", "path"): True, ("width", "query"): False}


def test_a_path_heading_under_another_heading_gives_the_route_nothing(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, ELSEWHERE)
    assert params_of(ops[("GET", "/api/extent")]) == {}
