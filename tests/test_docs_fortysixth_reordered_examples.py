"""An example request under an operation's stated route that writes the route's literal segments in another
order, in the forty-sixth registry batch (benchmarks/docs/registry_truth): a one-row `URL | Method` table per
operation states `/api/server/\\<name>/start`, and its bold "Example:" line calls
`curl -X POST http://localhost:8624/api/server/start/Sims` -- the same segments, the value where the placeholder
was, in another order. The example shows a call of the stated operation, never a route of its own; a curl with a
segment the stated route does not have (a sibling route) still states its own route."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations

REORDERED = """\
# Rig server

### Start Server

| URL                       | Method | Return |
| ------------------------- | ------ | ------ |
| /api/server/\\<name>/start | POST   | None   |

Where name is the profile name to start.

**Example:** curl -X POST http://localhost:8624/api/server/start/Sims

### Stop Server

| URL              | Method | Return |
| ---------------- | ------ | ------ |
| /api/server/stop | POST   | None   |

**Example:** curl -X POST http://localhost:8624/api/server/stop
"""


def test_an_example_with_the_routes_segments_reordered_is_no_route(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, REORDERED)
    assert set(ops) == {("POST", "/api/server/{name}/start"), ("POST", "/api/server/stop")}


SIBLING = """\
# Rig server

### Start Server

| URL                       | Method | Return |
| ------------------------- | ------ | ------ |
| /api/server/\\<name>/start | POST   | None   |

Where name is the profile name to start.

**Example:** curl -X POST http://localhost:8624/api/server/start/all/now
"""


def test_an_example_with_segments_of_its_own_keeps_its_route(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, SIBLING)
    assert ("POST", "/api/server/start/all/now") in ops
