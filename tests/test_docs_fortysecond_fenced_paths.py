"""An API's routes listed in a code block as paths without their leading slash, each with a `#` comment, in
the forty-second registry batch (benchmarks/docs/registry_truth): under a heading "Known API Endpoints" and
the lead-in "Taken from the server's URL patterns:", a fence of `api/v2/status   # Device status` lines, the
way a URL-pattern router writes its routes.

Each line is a route from the server's root (`/api/v2/status`); the list says no method, so each is a GET,
unless the document says elsewhere which method that path takes ("send POST requests to /api/v2/login").
Fences of slashless words that are not routes (a file tree, module paths, a list with no lead-in saying
endpoints, paths that share no prefix) give no route."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations

LISTED = """\
# Thermostat client

A Python client for the thermostat's local REST API.

## Login

```bash
# the app sends POST requests to /api/v2/login with the device key
```

## Known API Endpoints

Taken from the server's URL patterns:

```
api/v2/login         # Authentication
api/v2/status        # Device status
api/v2/schedule      # Weekly schedule
api/v2/sensors       # Sensor readings
```
"""


def test_slashless_paths_under_an_endpoints_heading_are_routes(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, LISTED)
    assert set(ops) == {
        ("POST", "/api/v2/login"),
        ("GET", "/api/v2/status"),
        ("GET", "/api/v2/schedule"),
        ("GET", "/api/v2/sensors"),
    }


NOT_ROUTES = """\
# Thermostat client

`GET /api/v2/info` returns the firmware version.

## Layout

The package's modules:

```
thermo/client       # HTTP client
thermo/scanner      # Discovery
thermo/models       # Data models
```

## Endpoints

```
api/v2/status      # Device status
web/index          # Home page
static/css         # Styles
```

## Branches

```
feature/login
feature/status
feature/schedule
```
"""


def test_slashless_fences_without_an_endpoints_lead_in_or_a_shared_prefix_give_no_route(tmp_path: Path) -> None:
    assert set(extracted_operations(tmp_path, NOT_ROUTES)) == {("GET", "/api/v2/info")}
