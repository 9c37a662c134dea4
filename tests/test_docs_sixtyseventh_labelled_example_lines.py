"""Request lines labelled as examples of a stated template, in the sixty-seventh registry batch
(benchmarks/docs/registry_truth): "Example: `GET /t/:TOKEN/all/{z}/{x}/{y}.png`" under the route
`GET /t/:TOKEN/:LAYER_FILTER/{z}/{x}/{y}.png`, and a "### grid.json example" heading over
`GET /t/:TOKEN/:LAYER/{z}/{x}/{y}.grid.json` under `GET /t/:TOKEN/:LAYER/{z}/{x}/{y}.{format}`. Each is the stated
route with a value in a placeholder's place (`labelled_example_lines.py`); an unlabelled line of the same shape (one
under a heading that says "for example" in a sentence included), or a labelled one no template fits, is a route of
its own."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations

DOC = """\
# Tiles

## Fetch tiles for a layer
`GET /t/:TOKEN/:LAYER/{z}/{x}/{y}.{format}`

Where `{format}` could be png or grid.json.

### grid.json example

`GET /t/:TOKEN/:LAYER/{z}/{x}/{y}.grid.json`

## Fetch blended tiles

`GET /t/:TOKEN/:FILTER/{z}/{x}/{y}.png`

`:FILTER` supports two formats:

 - **all**: it will blend all layers.
 Example: `GET /t/:TOKEN/all/{z}/{x}/{y}.png`
 - **by index**: it will blend the listed layers.
 Example: `GET /t/:TOKEN/0,3,4/{z}/{x}/{y}.png`
"""

UNLABELLED = """\
# Tiles

## Fetch tiles for a layer
`GET /t/:TOKEN/:LAYER/{z}/{x}/{y}.{format}`

## Fetch all layers

`GET /t/:TOKEN/all/{z}/{x}/{y}.png`

## Stats

Example: `GET /stats/daily`

## Returns the default tile. Providers, for example hosts, agree on it.

`GET /t/:TOKEN/:LAYER/{z}/{x}/{y}.default`
"""


def test_labelled_examples_are_no_routes_of_their_own(tmp_path: Path) -> None:
    assert set(extracted_operations(tmp_path, DOC)) == {
        ("GET", "/t/{token}/{layer}/{z}/{x}/{y}.{format}"),
        ("GET", "/t/{token}/{filter}/{z}/{x}/{y}.png"),
    }


def test_unlabelled_lines_and_lines_no_template_fits_are_kept(tmp_path: Path) -> None:
    assert set(extracted_operations(tmp_path, UNLABELLED)) == {
        ("GET", "/t/{token}/{layer}/{z}/{x}/{y}.{format}"),
        ("GET", "/t/{token}/all/{z}/{x}/{y}.png"),
        ("GET", "/stats/daily"),
        ("GET", "/t/{token}/{layer}/{z}/{x}/{y}.default"),
    }
