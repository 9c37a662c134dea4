"""A dashboard's guide in the sixtieth registry batch (benchmarks/docs/registry_truth): one heading per page, its
name (a word or a few) and its path in parentheses ("### Runs (`/runs`)", "### Run detail (`/runs/{run_id}`)"),
each a GET a browser sends; under the detail page, a table of the fields the page shows by their captions ("ID",
"Started at", "Owner name"), which are no request inputs. A table of identifiers (`limit`, `owner`) under such a
page still gives its parameters."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

PAGES = """\
# Dashboard

## Pages

### Overview (`/`)

- Counts per state
- Refreshes every 2 seconds

### Runs (`/runs`)

- Full run list
- Paginated

### Run detail (`/runs/{run_id}`)

Full metadata for a single run:

| Field | Description |
|---|---|
| ID | UUID |
| Owner name | Who started it |
| State | Current state |
| Started at | When it began |
| Duration | Wall-clock time |
| Result | Return value |
"""


def test_page_headings_of_several_words_and_a_caption_table(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, PAGES)
    assert set(ops) == {("GET", "/"), ("GET", "/runs"), ("GET", "/runs/{run_id}")}
    assert params_of(ops[("GET", "/runs/{run_id}")]) == {("run_id", "path"): True}
    assert params_of(ops[("GET", "/runs")]) == {}


IDENTIFIERS = """\
# Dashboard

## Pages

### Overview (`/`)

- Counts per state

### Runs (`/runs`)

| Parameter | Description |
|---|---|
| limit | Rows per page |
| owner | Only this owner's runs |
| state | Only runs in this state |
| since | Only runs started after |
"""


def test_a_table_of_identifiers_still_gives_parameters(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, IDENTIFIERS)
    assert {"limit", "owner", "state", "since"} <= {name for name, _ in params_of(ops[("GET", "/runs")])}
