"""Several routes in one path cell of a route table, in the fifty-fifth registry batch
(benchmarks/docs/registry_truth): `| POST | `/job/pause` · `/job/resume` · `/job/stop` | ... |`. The row gathers
routes that share a method rather than repeat the row; the coded paths are separated by a middle dot, a bullet, an
escaped pipe or a spaced slash as well as by commas, and each is a route of the row's method. A cell with a
path and a note naming another path is not such a list."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations

TABLE = """\
# Control API

| Method | Path | Notes |
|---|---|---|
| `GET` | `/state` | Current state |
| `POST` | {cell} | Control the running job |
"""


def test_paths_joined_by_middle_dots_are_each_a_route(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, TABLE.format(cell="`/job/pause` · `/job/resume` · `/job/stop`"))
    assert {("POST", "/job/pause"), ("POST", "/job/resume"), ("POST", "/job/stop")} <= set(ops)


def test_paths_joined_by_bullets_pipes_and_spaced_slashes(tmp_path: Path) -> None:
    for cell in ("`/lamp/on` • `/lamp/off`", "`/lamp/on` \\| `/lamp/off`", "`/lamp/on` / `/lamp/off`"):
        ops = extracted_operations(tmp_path, TABLE.format(cell=cell))
        assert {("POST", "/lamp/on"), ("POST", "/lamp/off")} <= set(ops), cell


def test_one_path_with_a_note_stays_one_route(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, TABLE.format(cell="`/job/pause` · see also `/job/stop`"))
    assert ("POST", "/job/stop") not in ops
