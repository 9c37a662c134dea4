"""An endpoint section defined by the one above it, in the twenty-sixth registry batch
(benchmarks/docs/registry_truth): "### `POST /render`" over "Identical as above, omit `src` and send the markup in
the request body." takes the parameters the GET above lists, less `src`, where they go there. The rule is written
for the structure a page uses, not for the project that showed it first."""

from __future__ import annotations

from pathlib import Path

from operations import extracted_paths, params_of

SAME_AS_ABOVE = """\
# Renderer

## Endpoints

#### `GET /render` - Render a page

*Query params:*

  * `src` - Address of the page.
  * `format` - Paper size (default: `A4`)
  * `scale` - Zoom factor (default: `1`)

### `POST /render`

Identical as above, omit `src` and send the markup in the request body.

#### `GET /status` - Pool status

*Query params:*

  * `verbose` - Include every worker.

### `POST /status`

Resets the pool; takes no parameters.
"""


def test_a_section_identical_as_above_takes_the_parameters_above_less_the_omitted_ones(tmp_path: Path) -> None:
    """`POST /render`, "Identical as above, omit `src`": the GET's `format` and `scale`, in the query as there;
    not `src`."""
    paths = extracted_paths(tmp_path, "README.md", SAME_AS_ABOVE)
    assert params_of(paths["/render"]["get"]) == {
        ("src", "query"): False,
        ("format", "query"): False,
        ("scale", "query"): False,
    }
    assert params_of(paths["/render"]["post"]) == {("format", "query"): False, ("scale", "query"): False}


def test_a_section_in_words_of_its_own_takes_nothing_from_the_one_above(tmp_path: Path) -> None:
    """`POST /status` describes itself: it does not take `verbose` from the GET above it."""
    paths = extracted_paths(tmp_path, "README.md", SAME_AS_ABOVE)
    assert params_of(paths["/status"]["post"]) == {}
