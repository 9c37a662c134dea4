"""A code block holding a path below a directory software is installed into, in the sixty-fourth registry batch
(benchmarks/docs/registry_truth): "CHP will look in the following location for a custom html error page:" over
`/usr/share/chp-errors/{CODE}.html` names a file on the server's disk, not a route. A block of routes that merely
begin with a short word a Unix root also uses (`/sys/health`, `/usr/{id}`) stays routes."""

from __future__ import annotations

from pathlib import Path

from mcpgen.ingest.docs.file_system_paths import installed_path
from tests.operations import extracted_operations

DOC = """\
# Proxy

## Routes

    GET /api/routes

## Custom error pages

When a proxy error occurs, the proxy will look in the following location for a custom html error page to serve:

    /usr/share/chp-errors/{CODE}.html
"""

NEAR = """\
# Vault

## Routes

    GET /api/routes

## System

These paths report the system's state:

    /sys/health/{node}
    /sys/seal-status/{node}
"""


def test_a_path_below_an_installation_directory_is_no_route(tmp_path: Path) -> None:
    assert set(extracted_operations(tmp_path, DOC)) == {("GET", "/api/routes")}


def test_routes_that_begin_with_a_short_root_word_stay(tmp_path: Path) -> None:
    assert set(extracted_operations(tmp_path, NEAR)) == {
        ("GET", "/api/routes"),
        ("GET", "/sys/health/{node}"),
        ("GET", "/sys/seal-status/{node}"),
    }


def test_installed_paths() -> None:
    assert installed_path("/usr/share/app/{CODE}.html")
    assert installed_path("/var/lib/app/data")
    assert installed_path("/etc/app/config")
    assert installed_path("/etc/app.yml")
    assert not installed_path("/usr/{id}/profile")
    assert not installed_path("/sys/health")
    assert not installed_path("/var/{name}/value")
    assert not installed_path("/opt/{key}")
