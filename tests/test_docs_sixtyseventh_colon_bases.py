"""Routes written from a colon placeholder for a configured prefix, in the sixty-seventh registry batch
(benchmarks/docs/registry_truth): "Routes considering the `base_url_mapconfig` configuration option", then
`GET :base_url_mapconfig/:TOKEN/{z}/{x}/{y}.png` and `OPTIONS :base_url_mapconfig` (plain text). The leading
placeholder is the prefix, not a segment (`colon_bases.py`); where a sentence gives its value ("configured with
the value `/api/v1/map`") the routes are written from it. A colon name after a slash stays a path parameter."""

from __future__ import annotations

from pathlib import Path

from mcpgen.ingest.docs.requests import split_target
from tests.operations import extracted_operations

ROUTES = """\
## Cross-origin resource sharing
OPTIONS :base_url_tiles

## Fetch tiles
`GET :base_url_tiles/:TOKEN/{z}/{x}/{y}.png`

## Fetch attributes
`GET :base_url_tiles/:TOKEN/:LAYER/attributes/:FID`
"""

VALUED = """\
# Configuration

In the previous examples the `base_url_tiles` was configured with the value `/api/v1/map`.

"""


def test_the_leading_colon_placeholder_is_the_prefix(tmp_path: Path) -> None:
    assert set(extracted_operations(tmp_path, "# Tiles\n\n" + ROUTES)) == {
        ("OPTIONS", "/"),
        ("GET", "/{token}/{z}/{x}/{y}.png"),
        ("GET", "/{token}/{layer}/attributes/{fid}"),
    }


def test_a_stated_value_of_the_prefix_is_written_in(tmp_path: Path) -> None:
    assert set(extracted_operations(tmp_path, VALUED + ROUTES)) == {
        ("OPTIONS", "/api/v1/map"),
        ("GET", "/api/v1/map/{token}/{z}/{x}/{y}.png"),
        ("GET", "/api/v1/map/{token}/{layer}/attributes/{fid}"),
    }


def test_a_colon_name_after_a_slash_stays_a_parameter() -> None:
    target = split_target("/tiles/:id")
    assert (target.origin, target.path) == ("", "/tiles/{id}")
    target = split_target(":base/tiles/:id")
    assert (target.origin, target.path) == (":base", "/tiles/{id}")
