"""A "Capabilities" bullet list of methodless coded paths, in the forty-fourth registry batch
(benchmarks/docs/registry_truth): `` `/health` and `/ready` endpoints ``, `` `/api/jobs` for tracking jobs ``,
`` `/api/events` SSE endpoint ``, `` `/api/scheduler/jobs` for managing recurring jobs ``, all but the last stated
with methods in the reference. The one path stated nowhere else is a route too (GET). A list of mostly unstated
paths (folders, files), or one with two unstated paths, gives nothing."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations

REFERENCE = """\
# Server

## API Reference

| Endpoint | Description |
|----------|-------------|
| `GET /health` | Liveness |
| `GET /ready` | Readiness |
| `GET /api/jobs` | List the jobs |
| `GET /api/events` | Server-sent events |

## Capabilities

"""

CAPABILITIES = (
    REFERENCE
    + """\
- `/health` and `/ready` endpoints for operational monitoring
- `/api/jobs` for tracking background job state
- `/api/events` SSE endpoint for push updates
- `/api/scheduler/jobs` for managing recurring scheduled jobs
- Token-based auth with roles
"""
)


def test_the_one_unstated_path_of_a_list_of_routes_is_a_route(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, CAPABILITIES)
    assert ("GET", "/api/scheduler/jobs") in ops
    assert len(ops) == 5


FOLDERS = (
    REFERENCE
    + """\
- `/health` and `/ready` endpoints for operational monitoring
- `/etc/server` holds the configuration
- `/var/lib/server` holds the state
- `/var/log/server` holds the logs
"""
)
TWO_UNSTATED = CAPABILITIES.replace("- Token-based auth with roles", "- `/metrics` for Prometheus")


def test_a_list_of_other_paths_gives_no_route(tmp_path: Path) -> None:
    assert len(extracted_operations(tmp_path, FOLDERS)) == 4
    ops = extracted_operations(tmp_path, TWO_UNSTATED)
    assert ("GET", "/api/scheduler/jobs") not in ops and ("GET", "/metrics") not in ops
