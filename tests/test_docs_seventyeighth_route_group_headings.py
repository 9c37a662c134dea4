"""Method-less route headings in the seventy-eighth registry batch (benchmarks/docs/registry_truth): a README that
writes no HTTP method anywhere and lists its routes as headings that are bare paths (`### /download/:platform`)
under a heading that calls them its routes ("Routes", "Endpoints") states each as a GET: the routes are fetched by
their URLs. A page that writes a method elsewhere, a single path heading, and path headings not under such a
heading are left alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from mcpgen.diagnostics import InputError
from tests.operations import extracted_operations, params_of

DOC = """\
# Mirror

## Usage

Point your client at the deployment.

## Routes

### /

Displays an overview page.

### /download/:platform

Downloads the copy of your app for the platform.

### /update/:platform/:version

Checks if there is an update available.
"""


def test_route_headings_without_methods_are_gets(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC, "README.md")
    assert set(ops) == {("GET", "/"), ("GET", "/download/{platform}"), ("GET", "/update/{platform}/{version}")}
    assert params_of(ops[("GET", "/update/{platform}/{version}")]) == {
        ("platform", "path"): True,
        ("version", "path"): True,
    }


def test_a_page_that_writes_a_method_is_left_alone(tmp_path: Path) -> None:
    doc = DOC.replace("Point your client at the deployment.", "Send POST requests to the deployment.")
    with pytest.raises(InputError):
        extracted_operations(tmp_path, doc, "README.md")


def test_path_headings_not_under_a_routes_heading_are_left_alone(tmp_path: Path) -> None:
    doc = DOC.replace("## Routes", "## Files")
    with pytest.raises(InputError):
        extracted_operations(tmp_path, doc, "README.md")


def test_a_single_path_heading_is_left_alone(tmp_path: Path) -> None:
    doc = DOC.split("### /download/:platform", maxsplit=1)[0]
    with pytest.raises(InputError):
        extracted_operations(tmp_path, doc, "README.md")
