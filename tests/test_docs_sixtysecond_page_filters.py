"""A "you can filter by" sentence in a page's own options section, in the sixty-second registry batch
(benchmarks/docs/registry_truth): a page about image URLs says, in an "Options" section that states no request,
"You can filter by ``user``, ``package`` (as well as ``not_user``, etc..)". Each coded name is an optional query
parameter of every GET of the page whose path holds no placeholder. A sentence of another verb ("sort by"), and
an item route (`/x/{id}`), are left alone."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

PAGE = """\
# Tiles

## Options

You can filter by `region`, `layer`, and `owner` (as well as `not_region`, `not_layer`, etc..). Other words follow.

## Routes

- `GET /tiles/relief?zoom=3` - a shaded relief
- `GET /tiles/satellite` - imagery
- `GET /tiles/{id}` - one tile
"""


def test_filters_said_in_the_options_section_go_to_the_page_reads(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, PAGE)
    filters = {(n, "query"): False for n in ("region", "layer", "owner", "not_region", "not_layer")}
    assert params_of(ops["GET", "/tiles/relief"]) == {("zoom", "query"): False, **filters}
    assert params_of(ops["GET", "/tiles/satellite"]) == filters
    assert params_of(ops["GET", "/tiles/{id}"]) == {("id", "path"): True}


def test_a_sentence_of_another_verb_names_no_filter(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, PAGE.replace("You can filter by", "You can sort by"))
    assert params_of(ops["GET", "/tiles/satellite"]) == {}
