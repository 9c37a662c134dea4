"""Endpoint tables whose rows mark a literal trailing segment optional, in the fifty-eighth registry batch
(benchmarks/docs/registry_truth): `` `GET`/`POST /v1/reports/year(/build)` `` (two methods over a path with an
optional segment in parentheses) abbreviates two rows, GET on the short path and POST on the long one; a row with
one method over `/v1/feeds(/latest)` states it on both forms. The parentheses are never part of a path, and a
parenthesised word that is not a trailing path segment (a remark after the path) gives no route."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations

TABLE = """\
# Reports API

| Endpoint | What it answers |
|---|---|
| `GET /v1/reports/day` | The report of one day |
| `GET`/`POST /v1/reports/year(/build)` | The default year, or one built from the rules you supply |
| `GET /v1/feeds(/latest)` | All feeds, or only the newest |
"""

REMARK = """\
# Reports API

| Endpoint | What it answers |
|---|---|
| `GET /v1/reports/day` | The report of one day (see below) |
| `GET /v1/reports/week` | The report of one week |
"""


def test_a_method_pair_over_an_optional_segment_is_two_routes(tmp_path: Path) -> None:
    ops = set(extracted_operations(tmp_path, TABLE))
    assert {
        ("GET", "/v1/reports/day"),
        ("GET", "/v1/reports/year"),
        ("POST", "/v1/reports/year/build"),
        ("GET", "/v1/feeds"),
        ("GET", "/v1/feeds/latest"),
    } == ops


def test_a_parenthesised_remark_is_no_segment(tmp_path: Path) -> None:
    ops = set(extracted_operations(tmp_path, REMARK))
    assert ops == {("GET", "/v1/reports/day"), ("GET", "/v1/reports/week")}
