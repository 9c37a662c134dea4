"""A request line given in prose as the shape the routes take, in the twenty-eighth registry batch
(benchmarks/docs/registry_truth): "The routes are generally spelled like ``GET /v2/{verb}/{key}/``" beside
``GET /v2/lookup/{key}`` and ``GET /v2/history/{key}`` describes those routes, with `{verb}` standing for their
literal segment; it is no route of its own. The rule is written for the structure a page uses, not for the
project that showed it first."""

from __future__ import annotations

from pathlib import Path

from operations import extracted_paths

SPELLED_LIKE = """\
# Ledger HTTP API

The routes are generally spelled like ``GET /v2/{verb}/{key}/``, with the key naming one ledger entry.

``GET /v2/lookup/{key}`` returns the entry's current value.

``GET /v2/history/{key}`` returns every value the entry held.

``GET /v2/audit/{key}`` returns who changed the entry.

``GET /v2/`` returns the server's version.
"""

UNFILLED = """\
# Ledger HTTP API

The routes are generally spelled like ``GET /v2/{verb}/{key}/``.

``GET /v2/`` returns the server's version.
"""


def test_a_pattern_the_stated_routes_fill_is_no_route(tmp_path: Path) -> None:
    """The routes the pattern describes stay; the pattern itself is not an operation."""
    paths = extracted_paths(tmp_path, "README.md", SPELLED_LIKE)
    assert set(paths) == {"/v2/lookup/{key}", "/v2/history/{key}", "/v2/audit/{key}", "/v2/"}
    assert all(set(item) == {"get"} for item in paths.values())


def test_a_pattern_no_route_fills_is_read_as_written(tmp_path: Path) -> None:
    """Where no stated route fills its placeholders, the request line is kept: nothing shows it to be a shape."""
    paths = extracted_paths(tmp_path, "README.md", UNFILLED)
    assert "/v2/{verb}/{key}/" in paths
