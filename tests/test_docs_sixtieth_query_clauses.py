"""A clause of a route table's Body cell that places its names in the query, in the sixtieth registry batch
(benchmarks/docs/registry_truth): an `| Endpoint | Body | Returns |` table whose cell for an upload reads
"multipart field `file`; query `fps`, `min_frames`". The clause opened by "query" (or a run of names closed by
"as query parameters") states query parameters of the row's request, not body fields, though the column is
headed Body; the other clauses stay the body's. The word "query" in prose with no name after it, and names in a
Returns column, give no query parameter."""

from __future__ import annotations

from pathlib import Path

from mcpgen.ingest.docs.query_clauses import queried_names
from tests.operations import extracted_operations, params_of

TABLE = """\
# Converter API

| Endpoint | Body | Returns |
|---|---|---|
| `POST /v1/convert` | multipart field `file`; query `dpi`, `grayscale` | the PDF |
| `POST /v1/render` | `{"html": "..."}`; `width` and `height` as query parameters | a PNG |
| `POST /v1/ask` | `question`, `context`; query the model with them | `answer` (query `id` to poll it) |
"""


def test_a_query_clause_in_a_body_cell_gives_query_parameters(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, TABLE)
    assert params_of(ops[("POST", "/v1/convert")]) == {
        ("file", "body"): False,
        ("dpi", "query"): False,
        ("grayscale", "query"): False,
    }
    assert params_of(ops[("POST", "/v1/render")]) == {
        ("html", "body"): False,
        ("width", "query"): False,
        ("height", "query"): False,
    }


def test_query_as_a_verb_and_a_returns_column_give_no_query_parameter(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, TABLE)
    assert params_of(ops[("POST", "/v1/ask")]) == {("question", "body"): False, ("context", "body"): False}


def test_the_clause_forms() -> None:
    assert queried_names("in the query: `a`, `b`") == ["a", "b"]
    assert queried_names("`a` (query); body `b`") == ["a"]
    assert queried_names("query the index for `a`") == []
