"""Coded paths a sentence calls path prefixes, in the sixty-third registry batch (benchmarks/docs/registry_truth):
a page that writes no method warns that an option "only authenticates requests to endpoints under the `/v1`,
`/v2` and `/admin` path prefixes", beside its list of routes. Those paths name groups of routes, not requests:
no route is read from them. The same paths called endpoints are routes as before."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations

PAGE = """\
# Server

The `--api-key` option only authenticates requests to endpoints under the `/v1`, `/v2`, and `/admin` path
prefixes. Other endpoints are not authenticated, most notably `/metrics`.

## Supported APIs

- [Models](#models) (`/v1/models`)
- [Health](#health) (`/health`)
"""


def test_paths_called_prefixes_are_no_routes(tmp_path: Path) -> None:
    paths = {path for _, path in extracted_operations(tmp_path, PAGE)}
    assert not paths & {"/v1", "/v2", "/admin"}
    assert {"/v1/models", "/health"} <= paths


def test_the_same_paths_called_endpoints_are_routes(tmp_path: Path) -> None:
    page = PAGE.replace("path\nprefixes", "endpoints\nalone")
    paths = {path for _, path in extracted_operations(tmp_path, page)}
    assert {"/v2", "/admin"} <= paths
