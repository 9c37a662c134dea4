"""Full query URLs on the API's own origin, in the sixty-eighth registry batch (benchmarks/docs/registry_truth):
on a page whose path headings are GETs because it calls them by such URLs (`http://host:port/history/list?past=1`),
a note's "must call http://host:port/admin/reload?token=XX" and an example list's `http://host:port/run/help?x=1`
are GETs of the same API, their query strings query parameters. A URL on another origin (a badge) is none."""

from __future__ import annotations

from pathlib import Path

import pytest

from mcpgen.diagnostics import InputError
from tests.operations import extracted_operations, params_of

DOC = """\
# Service
[![Build](https://ci.example.org/service.svg?branch=master)](https://ci.example.org/service)

## Start

Note: First usage, must call http://host:port/admin/reload?mode=full

## API

### /history/list
Lists past runs.

Example:

* http://host:port/history/list?past=201601

### /config/admin/reload
Reloads the configuration (a longer route ending as the note's URL does: the full URL is not its short form).

### Commands

Example:

* http://host:port/run/backup?server=main
"""


def test_origin_urls_are_gets(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert set(ops) == {
        ("GET", "/history/list"),
        ("GET", "/config/admin/reload"),
        ("GET", "/admin/reload"),
        ("GET", "/run/backup"),
    }
    assert params_of(ops[("GET", "/run/backup")]) == {("server", "query"): False}
    assert params_of(ops[("GET", "/admin/reload")]) == {("mode", "query"): False}


def test_no_titled_route_no_origin_calls(tmp_path: Path) -> None:
    text = DOC.replace("### /history/list", "### History").replace("### /config/admin/reload", "### Reload")
    with pytest.raises(InputError):  # no heading titles a route: the URLs alone are not read so
        extracted_operations(tmp_path, text)
