"""A header one sentence says every request carries, in the sixty-eighth registry batch
(benchmarks/docs/registry_truth): "All queries are assumed to include an ``X-Auth-Token`` header." before the
routes of a user guide. The header is one of every route the document states (`every_request_header_sentences.py`);
a sentence about some requests only ("Where request bodies are present, ... a ``Content-Type`` header") or about
answers is left alone."""

from __future__ import annotations

from pathlib import Path

from mcpgen.ingest.docs.blocks import Block, Document, Section, Where
from mcpgen.ingest.docs.every_request_header_sentences import every_request_header_sentences
from tests.operations import extracted_operations, params_of

DOC = """\
# Guide

All requests must include the `X-Api-Version` header. Where request bodies are present, it is assumed that an
appropriate `Content-Type` header is present.

## Items

```
GET /v1/items
```

## Item

```
DELETE /v1/items/{id}
```
"""


def test_the_header_is_every_routes(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert params_of(ops[("GET", "/v1/items")]) == {("X-Api-Version", "header"): True}
    assert params_of(ops[("DELETE", "/v1/items/{id}")]) == {("id", "path"): True, ("X-Api-Version", "header"): True}


def _names(text: str) -> list[tuple[str, bool | None]]:
    where = Where("guide.rst", 1)
    doc = Document("guide.rst", "Guide", [Section("Guide", 1, ("Guide",), where, [Block("text", where, text)])])
    return [(p.name, p.required) for p in every_request_header_sentences(doc)]


def test_sentences_read_and_left_alone() -> None:
    assert _names("All queries are assumed to include an ``X-Auth-Token`` header.") == [("X-Auth-Token", True)]
    assert _names("Every request may send the `X-Trace-Id` header.") == [("X-Trace-Id", False)]
    assert _names("Every response carries an `X-Request-Id` header.") == []  # an answer's header
    assert _names("Where request bodies are present, include a `Content-Type` header.") == []  # some requests only
    assert _names("All `POST` requests must include the `X-Csrf-Token` header.") == []  # one method's
