"""A route's query parameters that the sentence after it says may be left out, in the sixty-third registry batch
(benchmarks/docs/registry_truth): `/api/v1/plans/<id>/log/?year=<year>&month=<month>` over "You can omit the GET
parameters, then you get today's values" takes them as optional (`called_optional.py`); the same placeholders
with no such sentence stay required."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
# Plans API

## Logs

`GET /api/v1/plans/<id>/log/?year=<year>&month=<month>`

Returns the plan's log for a month. You can omit the GET parameters, then you get this month's values.

## Totals

`GET /api/v1/plans/<id>/totals/?year=<year>`

Returns the plan's totals for a year.
"""


def test_omitted_query_parameters_are_optional(tmp_path: Path) -> None:
    params = params_of(extracted_operations(tmp_path, DOC)[("GET", "/api/v1/plans/{id}/log/")])
    assert params[("year", "query")] is False
    assert params[("month", "query")] is False
    assert params[("id", "path")] is True


def test_without_the_sentence_they_stay_required(tmp_path: Path) -> None:
    params = params_of(extracted_operations(tmp_path, DOC)[("GET", "/api/v1/plans/{id}/totals/")])
    assert params[("year", "query")] is True
