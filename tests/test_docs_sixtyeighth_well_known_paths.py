"""Well-known URIs (RFC 8615) a sentence names in code, in the sixty-eighth registry batch
(benchmarks/docs/registry_truth): "Clients discover the server through `/.well-known/oauth-authorization-server`"
states its GET (`well_known_paths.py`). Left alone: an example of a stated template, and a paragraph that names
other paths without a method too (it names paths, it states no routes)."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
# server

## Items

`GET /items` lists the items.

## OAuth

- Clients discover the server through `/.well-known/oauth-authorization-server` and register.
- Extensions publish their resource metadata under `/.well-known/oauth-protected-resource/<path>`.
"""

NEAR_MISS = """\
# server

## Items

`GET /items` lists the items.
`GET /.well-known/oauth-protected-resource/<path>` is the resource metadata.

## Notes

Metadata is served at the path-suffixed URL, e.g. `/.well-known/oauth-protected-resource/mcp`.

Endpoints include `/agent/bootstrap` and `/agent/audit`; read the URLs from `/.well-known/agent.json`.
"""


def test_a_well_known_path_in_prose_is_its_get(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert ("GET", "/.well-known/oauth-authorization-server") in ops
    assert params_of(ops[("GET", "/.well-known/oauth-protected-resource/{path}")]) == {("path", "path"): True}


def test_examples_and_methodless_paragraphs_are_left_alone(tmp_path: Path) -> None:
    assert set(extracted_operations(tmp_path, NEAR_MISS)) == {
        ("GET", "/items"),
        ("GET", "/.well-known/oauth-protected-resource/{path}"),
    }
