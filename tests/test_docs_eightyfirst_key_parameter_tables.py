"""A table of method-less paths under "All endpoints take JSON `POST` bodies", with a "Key parameters" column, in the
eighty-first registry batch (benchmarks/docs/registry_truth): each row is a POST on its path, and the coded names
of its parameters cell (`query` too, a name in code, whatever word it is; values in brackets after a name are
values) are body fields of that request. A sentence naming no method of the table's routes, or a column headed
otherwise, leaves the table alone; a server a sentence says runs "at `/mcp`" is no base URL of the page."""

from __future__ import annotations

from pathlib import Path

import pytest

from mcpgen.diagnostics import Diagnostics, InputError
from mcpgen.ingest.docs import extract_openapi
from tests.operations import extracted_operations, params_of

DOC = """\
# Searcher

**Connect to a running Searcher server** (Streamable HTTP at `/mcp`). With a client:

```
client add --transport http searcher http://localhost:8000/mcp
```

## API

All endpoints take JSON `POST` bodies and a `Authorization: Bearer <key>` header.

| Endpoint   | Purpose | Key parameters |
|------------|---------|----------------|
| `/search`  | Web search | `query`, `depth` (`basic`/`advanced`), `max_results` |
| `/extract` | Page content | `urls`, `format` (`markdown`/`text`) |
"""

NEAR_MISS = """\
# Searcher

## API

All endpoints take JSON bodies and a bearer header.

| Endpoint   | Purpose | Notes |
|------------|---------|-------|
| `/search`  | Web search | `query`, `depth` |
"""


def test_global_post_rule_and_key_parameters(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert set(ops) == {("POST", "/search"), ("POST", "/extract")}
    assert params_of(ops[("POST", "/search")]) == {
        ("query", "body"): False,
        ("depth", "body"): False,
        ("max_results", "body"): False,
    }
    assert params_of(ops[("POST", "/extract")]) == {("urls", "body"): False, ("format", "body"): False}
    (tmp_path / "README.md").write_text(DOC, encoding="utf-8")
    servers = extract_openapi(tmp_path / "README.md", Diagnostics()).get("servers") or []
    assert all(not s["url"].endswith("/mcp") for s in servers)


def test_no_method_sentence_no_parameter_column(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        extracted_operations(tmp_path, NEAR_MISS)
