"""An "Other options" section of no route, in the sixty-second registry batch (benchmarks/docs/registry_truth): a
page about one family of image URLs ends with "Other options", bullets of coded names, after sections that each
show one URL. Those options are the page's shared ones: every endpoint of the page takes them, as under "General
options". The same section inside one route's own section is that route's alone."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

PAGE = """\
# Tiles

## Relief

Request `GET /tiles/relief?zoom=3` for a shaded relief.

## Satellite

Request `GET /tiles/satellite?zoom=3` for imagery.

## Other options

- `title` - Set a title on the image.
- `dpi` (int) - Sets the resolution.
"""


def test_other_options_after_route_sections_go_to_every_route(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, PAGE)
    expected = {("zoom", "query"): False, ("title", "query"): False, ("dpi", "query"): False}
    assert params_of(ops["GET", "/tiles/relief"]) == expected
    assert params_of(ops["GET", "/tiles/satellite"]) == expected


def test_other_options_inside_a_route_section_stay_with_that_route(tmp_path: Path) -> None:
    nested = PAGE.replace("## Other options", "### Other options")
    ops = extracted_operations(tmp_path, nested)
    assert params_of(ops["GET", "/tiles/relief"]) == {("zoom", "query"): False}
    assert ("title", "query") in params_of(ops["GET", "/tiles/satellite"])
