"""Ellipsis routes in a table column that all abbreviate one parent, in the seventy-third registry batch
(benchmarks/docs/registry_truth): a Call / REST table whose REST cells write most routes from `...` continuing with
the same segments (`.../datasets/{d}/tables`, `.../datasets/{d}`), and one `...` continuing with a segment no
stated path holds (`.../routines`): it is a child of the parent the column abbreviates
(`continued_paths._column_parents`). A column whose ellipses continue with different segments says no parent, and
the unresolvable route stays unread."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations

TABLE = """\
# Emulator

## REST surface

| Call | REST | Used for |
|---|---|---|
| `jobs.insert` | `POST /projects/{p}/jobs` | every statement |
| `datasets.list` | `GET /projects/{p}/datasets` | schemas |
| `tables.get` | `GET .../datasets/{d}/tables/{t}` | columns |
| `tables.list` | `GET .../datasets/{d}/tables` | relation cache |
| `routines.list` | `GET .../routines` | relation cache (empty) |
| `datasets.delete` | `DELETE .../datasets/{d}` | drop a schema |
"""

SCATTERED = """\
# Emulator

## REST surface

| Call | REST | Used for |
|---|---|---|
| `jobs.insert` | `POST /projects/{p}/jobs` | every statement |
| `datasets.list` | `GET /projects/{p}/datasets` | schemas |
| `tables.get` | `GET .../datasets/{d}/tables/{t}` | columns |
| `jobs.get` | `GET .../jobs/{id}` | polling |
| `routines.list` | `GET .../routines` | relation cache (empty) |
"""


def test_an_unheld_continuation_is_a_child_of_the_parent_the_column_abbreviates(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, TABLE)
    assert ("GET", "/projects/{p}/datasets/{d}/routines") in ops
    assert ("GET", "/projects/{p}/datasets/{d}/tables") in ops
    assert ("DELETE", "/projects/{p}/datasets/{d}") in ops
    assert not any(path.endswith("/routines") and "datasets" not in path for _, path in ops)


def test_a_column_continuing_different_segments_names_no_parent(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, SCATTERED)
    assert ("GET", "/projects/{p}/jobs/{id}") in ops
    assert not any(path.endswith("/routines") for _, path in ops)
