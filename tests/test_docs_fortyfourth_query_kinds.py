"""Routes stated in sentences as one template and the short names of its last placeholder's values, in the
forty-fourth registry batch (benchmarks/docs/registry_truth): "For `/point`, `/region`, and `/box`, the server
needs ...", "the path resource appears as `/{dataset_id}/geo/{query}`" (beside "does not currently support the
`/collections/{collectionId}/query` path template"), captions "Point query", "Region query" over `| Query | Notes |`
tables of the query parameters, and a note "`POST` is supported on `/point` and `/region`".

The short paths are the template's values (`/{dataset_id}/geo/point`, GET, and POST where the note says so); the
unsupported template and the template itself are no routes; each captioned table gives its route's query
parameters, "Required for `GET`" required on GET alone, "for `POST` ... request body" not a query parameter of the
POST."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

PAGE = """\
# geo-router

## Metadata

For `/point`, `/region`, and `/box`, the router needs to know the dataset's CRS.

## Compliance

> **Note:** `POST` is supported on `/point` and `/region` so that large geometries fit in the request body.

### Resource paths

The router does not currently support the `/collections/{collectionId}/query` path template of the spec. Instead
the path resource appears as `/{dataset_id}/geo/{query}`.

### Supported queries

[7.1 Point query](https://spec.example.org/#point)

Merged from the old branch

| Query    | Notes                                                                  |
| -------- | ---------------------------------------------------------------------- |
| `coords` | Required for `GET`; for `POST` the points are read from the request body |
| `z`      |                                                                        |
| `method` | Optional: nearest or linear                                            |
| `POST` body | Supported content types: `text/csv`                                 |

[7.2 Region query](https://spec.example.org/#region)

| Query    | Notes                                                                  |
| -------- | ---------------------------------------------------------------------- |
| `coords` | Required for `GET`; for `POST` the polygon is read from the request body |
| `z`      |                                                                        |

[7.3 Box query](https://spec.example.org/#box)

| Query  | Notes                         |
| ------ | ----------------------------- |
| `bbox` | Bounding box as minx,miny,... |
"""


def test_short_paths_named_as_a_placeholder_s_kind_are_its_values(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, PAGE)
    assert set(ops) == {
        ("GET", "/{dataset_id}/geo/point"),
        ("POST", "/{dataset_id}/geo/point"),
        ("GET", "/{dataset_id}/geo/region"),
        ("POST", "/{dataset_id}/geo/region"),
        ("GET", "/{dataset_id}/geo/box"),
    }


def test_a_captioned_query_table_gives_its_route_s_parameters(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, PAGE)
    assert params_of(ops[("GET", "/{dataset_id}/geo/point")]) == {
        ("dataset_id", "path"): True,
        ("coords", "query"): True,
        ("z", "query"): False,
        ("method", "query"): False,
    }
    assert params_of(ops[("POST", "/{dataset_id}/geo/point")]) == {
        ("dataset_id", "path"): True,
        ("z", "query"): False,
        ("method", "query"): False,
    }
    assert params_of(ops[("GET", "/{dataset_id}/geo/box")]) == {("dataset_id", "path"): True, ("bbox", "query"): False}


NOT_VALUES = """\
# service

For `/health` and `/metrics`, no token is needed. The `/metrics` route does not support paging.

Items are read at `/{store}/items/{item}`.

### Tables

[Health check](https://example.org/#health)

| Name     | Notes                 |
| -------- | --------------------- |
| `verbose` | Required for `GET`   |
"""


def test_short_paths_not_called_the_placeholder_s_kind_stay_routes(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, NOT_VALUES)
    assert {("GET", "/health"), ("GET", "/metrics"), ("GET", "/{store}/items/{item}")} <= set(ops)
    assert ("verbose", "query") not in params_of(ops[("GET", "/health")])  # a table not headed "Query"


OTHER_CAPTION = """\
# service

For `/point` and `/region`, a token is needed.

Each query is read at `/{dataset_id}/geo/{query}`.

[Point query](https://spec.example.org/#point) and [Region query](https://spec.example.org/#region).

Point overview

| Query    | Notes              |
| -------- | ------------------ |
| `coords` | Required for `GET` |
"""


def test_a_table_under_a_caption_not_calling_its_route_a_query_is_left(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, OTHER_CAPTION)
    assert set(ops) == {("GET", "/{dataset_id}/geo/point"), ("GET", "/{dataset_id}/geo/region")}
    assert ("coords", "query") not in params_of(ops[("GET", "/{dataset_id}/geo/point")])
