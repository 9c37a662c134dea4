"""Paths a README gives as pages of its user interface, in the thirty-seventh registry batch
(benchmarks/docs/registry_truth): "The issue tracker user interface can be found at:" over an indented bare path
`/dataset/{id}/issues`, then "You can add an issue at:" over `/dataset/{id}/issues/new`, before the API's own
block of bare paths. What a sentence calls a user interface is a page a person opens in a browser, and a path
below it written the same way in the same section is a page of it too: neither is an operation. A bare path after
a sentence that speaks of the API, or one outside the interface's section, stays a route."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations

DOC = """\
# Tickets Plugin

## What it does

The plugin adds a ticket board to each project.

The ticket board user interface can be found at:

    /project/{project_id}/tickets

You can open a ticket at:

    /project/{project_id}/tickets/new

### Tickets API

The plugin also exposes its functionality through the HTTP API:

    /api/tickets/list
    /api/tickets/show

## Reports

Reports are served at:

    /project/{project_id}/tickets/report
"""


def test_paths_given_as_the_user_interface_are_no_operations(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert ("GET", "/project/{project_id}/tickets") not in ops
    assert ("GET", "/project/{project_id}/tickets/new") not in ops


def test_api_paths_and_paths_outside_the_interface_section_stay(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert ("GET", "/api/tickets/list") in ops
    assert ("GET", "/api/tickets/show") in ops
    assert ("GET", "/project/{project_id}/tickets/report") in ops
