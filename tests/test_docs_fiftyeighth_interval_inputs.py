"""A route table row whose description writes the span it asks about in interval notation, in the fifty-eighth
registry batch (benchmarks/docs/registry_truth): `` | `GET /v1/calendar/range` | Does `[start, end)` contain a
holiday? | ``. The two ends' names are what the caller sends, in the query of a request without a body. Numbers in
brackets (`[0, 1)`), a list of three names, a call (`f(a, b)`) or a row whose request sends a body give nothing."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

TABLE = """\
# Calendar API

| Endpoint | What it answers |
|---|---|
| `GET /v1/calendar/range` | Does `[start, end)` contain a holiday? |
| `GET /v1/calendar/ratio` | A share in `[0, 1)` of working days |
| `GET /v1/calendar/pick` | One of `[red, green, blue]` |
| `GET /v1/calendar/call` | Computes `between(first, last)` for you |
| `POST /v1/calendar/plan` | Plans `[begin, finish]` |
"""


def test_interval_ends_are_query_inputs(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, TABLE)
    assert params_of(ops[("GET", "/v1/calendar/range")]) == {("start", "query"): False, ("end", "query"): False}


def test_numbers_lists_calls_and_bodied_rows_give_no_inputs(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, TABLE)
    for route in ("ratio", "pick", "call"):
        assert params_of(ops[("GET", f"/v1/calendar/{route}")]) == {}
    assert ("begin", "query") not in params_of(ops[("POST", "/v1/calendar/plan")])
