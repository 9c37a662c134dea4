"""A request line on a wildcard path, `POST /api/actions/*`, in the forty-fourth registry batch
(benchmarks/docs/registry_truth): a comment in an architecture file tree saying which family of routes a module
serves, beside the routes it stands for (`POST /api/actions/rotate` in the reference). It is no route of its own
(no `POST /api/actions/`); a wildcard no stated route falls under (a real catch-all) is read as before."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations

SUMMARISED = """\
# Server

## API Reference

| Endpoint | Description |
|----------|-------------|
| `POST /api/actions/rotate` | Rotate the archives |
| `POST /api/actions/thaw` | Thaw an archive |
| `GET /api/jobs` | List the jobs |

## Architecture

```
server/
├── api/
│   ├── actions.py          # POST /api/actions/*
│   ├── jobs.py             # GET /api/jobs
```
"""


def test_a_wildcard_over_stated_routes_is_no_route(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, SUMMARISED)
    assert set(ops) == {("POST", "/api/actions/rotate"), ("POST", "/api/actions/thaw"), ("GET", "/api/jobs")}


CATCH_ALL = """\
# Server

## API Reference

| Endpoint | Description |
|----------|-------------|
| `GET /api/jobs` | List the jobs |
| `GET /static/*` | Any file of the web UI |
"""


def test_a_wildcard_over_no_stated_route_is_read_as_before(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, CATCH_ALL)
    assert ("GET", "/api/jobs") in ops
    assert len(ops) == 2
