"""A parameters label over bare names, in the sixty-seventh registry batch (benchmarks/docs/registry_truth):
"**Parameters:** limit (max 100), offset" under a `GET /all` request line. A label that says it lists parameters,
then lower-case identifiers (each perhaps with a note in parentheses) and nothing else, names the request's inputs
as a coded list would (`label_lines.py`); "Parameters: none", a single plain word, or a sentence after the label
gives nothing."""

from __future__ import annotations

from pathlib import Path

from mcpgen.ingest.docs.blocks import Where
from mcpgen.ingest.docs.label_lines import label_line_params
from tests.operations import extracted_operations, params_of

DOC = """\
# Mail API

### GET /all

Get all stored messages with pagination support.

**Parameters:** limit (max 100), offset

### GET /health

Health check.

**Parameters:** none
"""


def test_the_bare_names_are_the_requests_parameters(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert params_of(ops[("GET", "/all")]) == {("limit", "query"): False, ("offset", "query"): False}
    assert params_of(ops[("GET", "/health")]) == {}


def test_only_a_plain_list_of_names_is_read() -> None:
    where = Where("README.md", 1)
    assert [p.name for p in label_line_params("**Query params:** page_size", where)] == ["page_size"]
    assert label_line_params("**Parameters:** none", where) == []
    assert label_line_params("Parameters: limit", where) == []
    assert label_line_params("Parameters: see the table below for each one", where) == []
    assert label_line_params("Note: limit, offset", where) == []
