"""Top-level parts after an API's part, in the sixty-ninth registry batch (benchmarks/docs/registry_truth): a README
whose "# HTTP Server" part states several routes, the last in "## Switching Versions", goes on with "# Node.js
Module", whose lists are the module's functions and options. A top-level heading beside the part that holds the
last route and others is a part of its own, not that route's continuation (`owners.py`); under a part holding one
route only, a later top-level heading still continues it."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

SERVER = """\
# HTTP Server

## Statistics

`GET /health` returns statistics of the server.

## Switching Versions

Switch the version at runtime:

```
POST /change_version/:version
```

"""

MODULE = """\
# Node.js Module

## Options

- `server`: The server instance.
- `logLevel`: The level of the log.
- `logFile`: The file to log to.
"""

ONE_ROUTE = """\
# HTTP Server

## Switching Versions

Switch the version at runtime:

```
POST /change_version/:version
```

"""


def test_a_top_level_part_beside_a_part_of_routes_is_no_route_continuation(tmp_path: Path) -> None:
    operations = extracted_operations(tmp_path, SERVER + MODULE)
    assert params_of(operations[("POST", "/change_version/{version}")]) == {("version", "path"): True}


def test_a_top_level_part_after_a_part_of_one_route_continues_it(tmp_path: Path) -> None:
    operations = extracted_operations(tmp_path, ONE_ROUTE + MODULE)
    assert ("server", "body") in params_of(operations[("POST", "/change_version/{version}")])
