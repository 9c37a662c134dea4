"""Routes joined by a bar in one heading, in the twenty-sixth registry batch (benchmarks/docs/registry_truth): a
heading `GET /thumb|full` over one parameter list states two routes, `/thumb` and `/full`, each taking the list.
The rule is written for the structure a page uses, not for the project that showed it first."""

from __future__ import annotations

from pathlib import Path

from operations import extracted_paths, params_of

BARRED_HEADING = """\
# Image service

## Endpoints

#### `GET /thumb|full` - Fetch an image

*Query params:*

  * `src` - Address of the picture.
  * `width` - Width in pixels (default: `640`)

#### `GET /health` - Liveness

Returns `ok`.
"""

BARS_IN_A_TABLE = """\
# Image service

| Method | Path | Notes |
|--------|------|-------|
| GET | /thumb | small image |
| GET | /full | whole image |
"""


def test_a_heading_route_of_barred_words_is_one_route_per_word_each_taking_the_section(tmp_path: Path) -> None:
    """`GET /thumb|full`: `GET /thumb` and `GET /full`, both with the section's query parameters; no route keeps
    the bar."""
    paths = extracted_paths(tmp_path, "README.md", BARRED_HEADING)
    assert set(paths) == {"/thumb", "/full", "/health"}
    for path in ("/thumb", "/full"):
        assert set(paths[path]) == {"get"}
        assert params_of(paths[path]["get"]) == {("src", "query"): False, ("width", "query"): False}


def test_table_cells_separated_by_bars_are_not_alternated_routes(tmp_path: Path) -> None:
    """A Markdown table's bars separate cells: its rows are read as they were, one route each."""
    paths = extracted_paths(tmp_path, "README.md", BARS_IN_A_TABLE)
    assert set(paths) == {"/thumb", "/full"}
