"""Structures of the seventeenth registry batch's curl and table sets (benchmarks/docs/registry_truth,
FIRST_CONTACT.md "After first contact (seventeenth batch, curl and table sets)"): each rule is written for the
structure a page uses, not for the project that showed it first."""

from __future__ import annotations

from mcpgen.ingest.docs.quality import from_openapi, from_truth_list, score


def test_a_truth_list_written_relative_to_its_base_url_matches_the_full_path() -> None:
    """A hand-written list whose paths are not under its `base_url`'s path was written relative to it: the
    extraction's full path (server path + path) matches it, as does the relative form; a list whose paths carry
    the base path already is read as before."""
    truth, aliases = from_truth_list(
        {
            "base_url": "http://localhost:8000/api/v2",
            "endpoints": [
                {"method": "GET", "path": "/", "params": []},
                {"method": "GET", "path": "/widgets/{id}/", "params": [{"name": "id", "in": "path", "required": True}]},
                {"method": "GET", "path": "/api/v2/gadgets", "params": []},
            ],
        }
    )
    extracted = {
        "openapi": "3.0.3",
        "servers": [{"url": "http://localhost:8000"}],
        "paths": {
            "/api/v2/": {"get": {}},
            "/api/v2/widgets/{widget}/": {"get": {"parameters": [{"name": "widget", "in": "path", "required": True}]}},
            "/api/v2/gadgets": {"get": {}},
        },
    }
    result = score("doc", from_openapi(extracted), truth, aliases)
    assert (result.matched, result.found, result.params_matched) == (3, 3, 1)
    assert aliases[("GET", "/api/v2/gadgets")] == []
