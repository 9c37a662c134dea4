"""A request line shortened to a bare placeholder, in the fifty-fifth registry batch
(benchmarks/docs/registry_truth): under `### POST /admin/runs/start`, "Returns a `run_id`; poll `GET /{run_id}`
for progress", where `### GET /admin/runs/{run_id}` states the route. A path that is only a placeholder names
no resource of its own: it is the one stated route of that method ending in the same placeholder. A bare word
(`GET /health`) in a sentence stays a route of its own."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations

RUNS = """\
# Admin

### `POST /admin/runs/start`

Start a run. Returns a `run_id` at once; poll `GET /{run_id}` for live progress.

### `GET /admin/runs/{run_id}`

The run's progress. The server also answers `GET /health` for probes.
"""


def test_a_bare_placeholder_line_is_the_route_ending_in_it(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, RUNS)
    assert set(ops) == {("POST", "/admin/runs/start"), ("GET", "/admin/runs/{run_id}"), ("GET", "/health")}
