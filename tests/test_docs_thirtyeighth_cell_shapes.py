"""Parameters an endpoint table names inside its description cells, in the thirty-eighth registry batch
(benchmarks/docs/registry_truth): Chinese READMEs whose only statement of the API is one table, method and path
in either order (`方法 | 路径 | 说明`, or path first: `端点 | 方法 | 鉴权 | 用途`), with no parameter tables. The
description cell names the parameters in a notation of its own: a brace shape of bare field names in code
(`` `{action, note?, handler?}` ``, `?` marking the optional ones, `fmt: json|arrow` giving a field's values) for a
request with a body; "body optional `name`" (Chinese `body 可选`) for optional body fields; and a slash run of names
before a filter word (`status/owner 筛选`, `filters`), `+ `q`` joining one more, for the query of a GET. A shape
after an arrow (what comes back), a shape with quoted keys, a slash run without a filter word, or a GET's brace
shape gives nothing."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
# Tickets service

## API

| Method | Path | Description |
|---|---|---|
| GET | `/tickets` | List: paging + kind/state/level(_max) 筛选 + `q` keyword |
| GET | `/tickets/archive` | Archived tickets, owner/team filters |
| GET | `/tickets/stats` | Totals by kind/state (see `total_count`) |
| POST | `/tickets/{id}/move` | Move through the workflow `{action, note?, owner?}` |
| POST | `/tickets/{id}/assign` | Assign (body 可选 `team` to override) |
| POST | `/tickets/{id}/close` | Close → `{closed_at, closed_by}` |
| GET | `/tickets/{id}` | One ticket `{id, title}` |
"""

PATH_FIRST = """\
# Store

## REST API

| Endpoint | Method | Auth | Purpose |
|---|---|---|---|
| `/v2/run` | POST | Bearer | `{query, args, format: json\\|csv, limit}` → rows |
| `/v2/jobs/{job_id}` | GET | Bearer | Job state |
"""


def test_a_description_cell_names_body_fields_and_query_filters(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    listed = params_of(ops[("GET", "/tickets")])
    assert {k: v for k, v in listed.items() if k[1] == "query"} == {
        ("kind", "query"): False,
        ("state", "query"): False,
        ("level_max", "query"): False,
        ("q", "query"): False,
    }
    assert params_of(ops[("GET", "/tickets/archive")]) == {("owner", "query"): False, ("team", "query"): False}
    moved = params_of(ops[("POST", "/tickets/{id}/move")])
    assert {k: v for k, v in moved.items() if k[1] == "body"} == {
        ("action", "body"): True,
        ("note", "body"): False,
        ("owner", "body"): False,
    }
    assigned = params_of(ops[("POST", "/tickets/{id}/assign")])
    assert {k: v for k, v in assigned.items() if k[1] == "body"} == {("team", "body"): False}


def test_a_path_first_table_gives_its_row_body_shape(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, PATH_FIRST)
    assert params_of(ops[("POST", "/v2/run")]) == {
        ("query", "body"): False,
        ("args", "body"): False,
        ("format", "body"): False,
        ("limit", "body"): False,
    }
    assert params_of(ops[("GET", "/v2/jobs/{job_id}")]) == {("job_id", "path"): True}


def test_a_response_shape_a_bare_slash_run_or_a_get_shape_gives_nothing(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert params_of(ops[("GET", "/tickets/stats")]) == {}
    closed = params_of(ops[("POST", "/tickets/{id}/close")])
    assert ("closed_at", "body") not in closed and ("closed_by", "body") not in closed
    assert params_of(ops[("GET", "/tickets/{id}")]) == {("id", "path"): True}
