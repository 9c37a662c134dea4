"""Parameters nested under an item in words of a parameter list, in the twenty-sixth registry batch
(benchmarks/docs/registry_truth): "Crop box (optional, but give all four)" over bullets `crop[left]`, `crop[top]`,
... each one a parameter of the list. The rule is written for the structure a page uses, not for the project that
showed it first."""

from __future__ import annotations

from pathlib import Path

from operations import extracted_paths, params_of

GROUPED = """\
# Image service

#### `GET /image` - Fetch an image

*Query params:*

  * `src` - Address of the picture.
  * `width` - Width in pixels (default: `640`)
  * Crop box (optional, but give all four)
    * `crop[left]`
    * `crop[top]`
    * `crop[right]`
    * `crop[bottom]`
"""

VALUES = """\
# Image service

#### `GET /image` - Fetch an image

*Query params:*

  * `src` - Address of the picture.
  * `fit` - How the picture fills the box, one of:
    * `cover`
    * `contain`
"""


def test_coded_names_nested_under_an_item_in_words_are_parameters_of_the_list(tmp_path: Path) -> None:
    """Under "Crop box (optional, ...)", each `crop[...]` bullet is an optional query parameter like the list's
    others; the item in words is not a parameter."""
    paths = extracted_paths(tmp_path, "README.md", GROUPED)
    assert params_of(paths["/image"]["get"]) == {
        ("src", "query"): False,
        ("width", "query"): False,
        ("crop[left]", "query"): False,
        ("crop[top]", "query"): False,
        ("crop[right]", "query"): False,
        ("crop[bottom]", "query"): False,
    }


def test_coded_values_nested_under_a_parameter_are_not_parameters(tmp_path: Path) -> None:
    """`cover` and `contain` under `fit` are its values, not parameters."""
    paths = extracted_paths(tmp_path, "README.md", VALUES)
    assert set(params_of(paths["/image"]["get"])) == {("src", "query"), ("fit", "query")}
