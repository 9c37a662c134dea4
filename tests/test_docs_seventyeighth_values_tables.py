"""A "Values" heading over a table of the returned entity's fields, after the "Parameters" heading over the table
of what the call takes, in the seventy-eighth registry batch (benchmarks/docs/registry_truth). Both tables have
the same Attribute | Type | Required | Description columns; the one under "Values" says what comes back, so its
rows are not parameters, whatever their "Required" cells say. A heading naming its values otherwise ("Query
values") is read as before."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
# Store server

## Extracting sessions

List all stored sessions.

    GET /api/v1/sessions/

### Parameters

| Attribute | Type | Required | Description |
|-----------|------|----------|-------------|
| page | integer | No | The page to jump to. |

### {title}

| Attribute | Type | Required | Description |
|-----------|------|----------|-------------|
| run_date | string | Yes | When the session ran. |
| scm_ref | string | No | The revision tested. |
"""


def test_a_values_table_describes_the_answer(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC.format(title="Values"))
    assert params_of(ops[("GET", "/api/v1/sessions/")]) == {("page", "query"): False}


def test_a_heading_naming_query_values_still_gives_parameters(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC.format(title="Query values"))
    params = params_of(ops[("GET", "/api/v1/sessions/")])
    assert params[("run_date", "query")] is True
    assert ("scm_ref", "query") in params
