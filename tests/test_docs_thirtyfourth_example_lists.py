"""Filled-in paths listed under "Examples:", in the thirty-fourth registry batch
(benchmarks/docs/registry_truth): a route stated as a template (`/v1/{owner}/{period}/{location}`), then
"Examples:" over bullets of concrete paths (`` `/v1/ann/on/2024-01-01/docs/` : ann's documents that day ``). They
are uses of the stated route, not routes of their own, even where they do not fit it segment for segment. A
document that states no template keeps such a list as its routes."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations

DOC = """\
# Archive API

## Routes

* `/v1/owners` : list owners
* `/v1/owner/{owner}` : an owner's details

The general form is as follows:
* `/v1/{owner}/{period}/{location}`

Examples:
* `/v1/ann/on/2024-01-01/docs/` : ann's documents that day
* `/v1/bob/latest/photos/cat.jpg` : bob's latest cat picture
"""

NO_TEMPLATE = """\
# Status API

Examples:
* `/status/disk` : disk usage
* `/status/memory` : memory usage
* `/status/load` : load average
"""


def test_concrete_paths_listed_as_examples_are_no_routes(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert set(ops) == {("GET", "/v1/owners"), ("GET", "/v1/owner/{owner}"), ("GET", "/v1/{owner}/{period}/{location}")}


def test_without_a_stated_template_the_listed_paths_stay_routes(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, NO_TEMPLATE)
    assert set(ops) == {("GET", "/status/disk"), ("GET", "/status/memory"), ("GET", "/status/load")}
