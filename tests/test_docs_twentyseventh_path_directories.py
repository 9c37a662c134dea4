"""A code block of `path -- description` lines, in the twenty-seventh registry batch
(benchmarks/docs/registry_truth): a page that states no request line lists its server's routes as an indented
block, each line a path, a dash and what it serves. Each line is a GET route (the method its description names
alone, where it names one); a pattern of paths is no route. The rule is written for the structure a page uses,
not for the project that showed it first."""

from __future__ import annotations

from pathlib import Path

import pytest
from operations import extracted_paths

from mcpgen.diagnostics import InputError

ROUTE_BLOCK = """\
# Running the gateway

## Proxy settings

Point these locations at the gateway:

    /lookup             -- main endpoint with query params
    /thumbs             -- thumbnail endpoint
    /assets/.+          -- static files (scripts and styles)
    /upload             -- accepts a POST of the file
    /status.json - the state of the server
"""

COMMAND_BLOCK = """\
# Install

Run the installer:

    /opt/gateway/bin/setup -- --prefix /srv
    /usr/local/bin/gateway - start it
    /opt/gateway/bin/check -- verify
"""


def test_a_block_of_path_and_description_lines_lists_get_routes(tmp_path: Path) -> None:
    """Every line is a route, GET unless its description names another method; `/assets/.+` is a pattern."""
    paths = extracted_paths(tmp_path, "SETUP.md", ROUTE_BLOCK)
    assert set(paths) == {"/lookup", "/thumbs", "/upload", "/status.json"}
    assert {path: set(ops) for path, ops in paths.items()} == {
        "/lookup": {"get"},
        "/thumbs": {"get"},
        "/upload": {"post"},
        "/status.json": {"get"},
    }


def test_a_block_of_file_system_paths_and_options_lists_no_routes(tmp_path: Path) -> None:
    """Commands with their options, and file system paths, are no route list."""
    with pytest.raises(InputError):
        extracted_paths(tmp_path, "INSTALL.md", COMMAND_BLOCK)
