"""A route table whose description cell names a read's inputs in parentheses, in the forty-eighth registry batch
(benchmarks/docs/registry_truth): `GET | /v1/jobs | list jobs (`status`, `name`, `created_before` cursor)`. The
coded names are the read's optional query parameters. A single coded name in parentheses, a list with other
words in it, and the parenthesised names of a write's row give none."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

TABLE = """\
# API

| Method | Path | Purpose |
|---|---|---|
| GET | `/v1/runs` | list runs (`state`, `label`, `created_before` cursor) |
| GET | `/v1/runs/{id}/logs` | log lines (`after_id`, `limit`) |
| GET | `/v1/runs/{id}` | one run (`?token=`) |
| GET | `/v1/stats` | counters (returns `total`, `failed`) |
| POST | `/v1/runs/{id}/finish` | report success (`outcome`, `digest`) |
"""


def test_parenthesised_coded_names_are_optional_query_parameters(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, TABLE)
    assert params_of(ops[("GET", "/v1/runs")]) == {
        ("state", "query"): False,
        ("label", "query"): False,
        ("created_before", "query"): False,
    }
    assert params_of(ops[("GET", "/v1/runs/{id}/logs")]) == {
        ("id", "path"): True,
        ("after_id", "query"): False,
        ("limit", "query"): False,
    }


def test_other_parentheses_give_no_parameter(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, TABLE)
    assert params_of(ops[("GET", "/v1/runs/{id}")]) == {("id", "path"): True}
    assert params_of(ops[("GET", "/v1/stats")]) == {}
    assert not {name for name, _ in params_of(ops[("POST", "/v1/runs/{id}/finish")])} & {"outcome", "digest"}
