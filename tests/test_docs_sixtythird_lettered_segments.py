"""Capital letters used as a route's variables and explained beside it, in the sixty-third registry batch
(benchmarks/docs/registry_truth): `/api/v1/files/A-B` (GET) "reads file B from bucket A" is
`/api/v1/files/{A}-{B}` (`lettered_segments.py`). Letters the words leave unexplained stay literal."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
# Storage server

It serves:

* `/api/v1/files/A-B` (GET): reads file B from bucket A in the configured store
* `/api/v1/files` (POST): stores a file
* `/api/v1/status`: returns 200 OK.
"""

NEAR = """\
# Storage server

It serves:

* `/api/v1/files/A-B` (GET): reads the A-B file, kept for old clients
* `/api/v1/files` (POST): stores a file
* `/api/v1/status`: returns 200 OK.
"""


def test_letters_named_in_the_route_text_are_placeholders(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert ("GET", "/api/v1/files/{A}-{B}") in ops
    assert {("A", "path"), ("B", "path")} <= set(params_of(ops[("GET", "/api/v1/files/{A}-{B}")]))


def test_unexplained_letters_stay_literal(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, NEAR)
    assert ("GET", "/api/v1/files/A-B") in ops
