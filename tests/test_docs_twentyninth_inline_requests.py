"""Inputs written beside a request line in running text, in the twenty-ninth registry batch
(benchmarks/docs/registry_truth): a user guide names its API in passing, a JSON object in parentheses right after
a coded request line being the body it sends ("`GET`/`PUT /api/me/settings` (`{"dark": true}`)"), and a coded
`&name=value` later in the paragraph an argument appended to the query string the request line opens. A JSON object
after a GET, and an `&name=` with no request line opening a query before it, give nothing."""

from __future__ import annotations

from pathlib import Path

from mcpgen.diagnostics import Diagnostics
from mcpgen.ingest.docs import extract_openapi

PAGE = """\
# Board

## Dark mode

A per-user setting, saved on your account. The API: `GET`/`PUT /api/me/settings` (`{"dark": true}`).

## Waiting

`GET /api/poll?timeout=30` holds the request open and returns as soon as
something changes for the caller (`&mentions=1`: mentions of the caller too).

## Status

`GET /api/status` (`{"ok": true}`) reports health; add `&verbose=1` for more.
"""


def _operations(tmp_path: Path, text: str) -> dict[tuple[str, str], dict[str, str]]:
    source = tmp_path / "README.md"
    source.write_text(text, encoding="utf-8")
    spec = extract_openapi(source, Diagnostics())
    ops: dict[tuple[str, str], dict[str, str]] = {}
    for path, item in spec.get("paths", {}).items():
        for method, op in item.items():
            if not isinstance(op, dict) or "responses" not in op:
                continue
            params = {p["name"]: p["in"] for p in op.get("parameters", [])}
            body = op.get("requestBody", {}).get("content", {})
            for media in body.values():
                params.update(dict.fromkeys(media.get("schema", {}).get("properties", {}), "body"))
            ops[(method.upper(), path)] = params
    return ops


def test_a_json_object_in_parentheses_after_a_request_line_is_its_body(tmp_path: Path) -> None:
    ops = _operations(tmp_path, PAGE)
    assert ops[("PUT", "/api/me/settings")] == {"dark": "body"}
    assert ops[("GET", "/api/me/settings")] == {}


def test_an_appended_query_argument_belongs_to_the_request_that_opens_the_query(tmp_path: Path) -> None:
    ops = _operations(tmp_path, PAGE)
    assert ops[("GET", "/api/poll")] == {"timeout": "query", "mentions": "query"}
    assert ops[("GET", "/api/status")] == {}
