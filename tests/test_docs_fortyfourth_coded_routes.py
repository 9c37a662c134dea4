"""Routes stated only as code in feature bullets, in the forty-fourth registry batch
(benchmarks/docs/registry_truth): a bullet list "endpoints to read images:" whose items are a label and, in
parentheses, a route as code with an example query string (`/data/pixel?left=v&top=v`); a section saying a URL is
converted to a path of another system (`s3://bucket/key` to `/vsis3/bucket/key`); and a JavaScript example that
builds a full URL (`http://host/api/images/${imageId}/data/thumbnail.png?band=3`) ending with a stated route.

The query string names the route's query parameters; the converted paths are file locations, no routes; the
built URL's query names parameters of the stated route it ends with, and adds no route of its own."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

FEATURES = """\
# imagery

## Features

Endpoints to read large images:
- Image metadata (`/info/metadata`)
- Tile serving (`/tiles/{z}/{x}/{y}.png?projection=EPSG:3857`)
- Individual pixels (`/data/pixel?left=v&top=v`)
- Image thumbnails (`/data/thumbnail.png`)

## Storage

The loader converts a URL into a storage path:

- `s3://bucket/key.tif` to `/vsis3/bucket/key.tif`
- `https://...` to `/vsicurl?...`

When the option is set, the loader maps `http`/`https` URLs to `/vsis3/` instead of `/vsicurl/`, and always
yields a `/vsis3/` path.

## Styling

```js
var url = `http://localhost:8000/api/images/${imageId}/data/thumbnail.png?band=3&palette=viridis`;
```
"""


def test_a_coded_route_keeps_its_example_query_string(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, FEATURES)
    assert ("GET", "/data/pixel") in ops and ("GET", "/tiles/{z}/{x}/{y}.png") in ops
    assert params_of(ops[("GET", "/data/pixel")]) == {("left", "query"): False, ("top", "query"): False}
    assert ("projection", "query") in params_of(ops[("GET", "/tiles/{z}/{x}/{y}.png")])


def test_paths_a_url_is_converted_to_are_no_routes(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, FEATURES)
    assert not [key for key in ops if key[1].startswith(("/vsis3", "/vsicurl"))]
    assert set(ops) == {
        ("GET", "/info/metadata"),
        ("GET", "/tiles/{z}/{x}/{y}.png"),
        ("GET", "/data/pixel"),
        ("GET", "/data/thumbnail.png"),
    }


def test_a_built_url_ending_with_a_stated_route_names_its_query(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, FEATURES)
    params = params_of(ops[("GET", "/data/thumbnail.png")])
    assert {("band", "query"), ("palette", "query")} <= set(params)


NOT_A_QUERY = """\
# files

The service reads files at these places:
- Archive listing (`/files/archive`)
- Reports (`/files/reports?`)
- Search (`/files/search?q=a b`)
- Health (`/health`)

Rename `/old/reports` to `/new/reports` when upgrading.

```python
url = "http://localhost:8000/mirror/files/archive?page=2"
print(url)
```
"""


def test_a_malformed_query_and_a_plain_rename_are_left(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, NOT_A_QUERY)
    assert ("GET", "/files/archive") in ops and ("GET", "/health") in ops
    assert ("GET", "/new/reports") in ops  # a path renamed from a path: not a converted URL
    assert not [key for key in ops if key[1].startswith("/files/search")]


LITERAL_ONLY = """\
# tiles

Endpoints:
- Tiles (`/tiles/{z}/{x}/{y}.png`)
- Metadata (`/info/metadata`)
- Thumbnails (`/data/thumbnail.png`)

```python
# the viewer fetches http://localhost:8000/api/images/1/data/thumbnail.png?band=3
viewer.show(image)
```

See http://localhost:8000/api/images/1/data/thumbnail.png?palette=viridis for an example.
"""


def test_a_url_outside_a_string_literal_of_source_code_names_nothing(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, LITERAL_ONLY)
    params = params_of(ops[("GET", "/data/thumbnail.png")])
    assert ("palette", "query") not in params and ("band", "query") not in params
