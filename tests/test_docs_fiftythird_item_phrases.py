"""Parameters a route's own list item names in code inside a plain phrase, in the fifty-third registry batch
(benchmarks/docs/registry_truth): a project's notes list "`METHOD path` — description" bullets whose only word on
parameters is a phrase: "JSON body for `text` or `url`" (body fields, alternatives so each optional),
"paginated by `after_turn` + `limit`" on a GET (query parameters, optional), "Paginated list (limit 1..500)" (a
name with its range on a listing: a query parameter, optional), "a signal on a memo (`memo_id`) or an
edge (`edge_id`)" (the body carries one of them: each optional). Coded names elsewhere in the notes (a setting, a
function) and the same phrases on a route of the wrong kind give nothing."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

NOTES = """\
# Service notes

Set `LOAD_ENABLED` to turn loading on; `load_run` runs each job.

## Routes

- `POST /v2/load` — JSON body for `text` or `link` loading; returns `202`; access: admin
- `POST /v2/labels` — body with `label` and `colour`
- `GET /v2/threads/{id}/posts` — list posts (paginated by ``after_post`` + ``limit``)
- `POST /v2/votes` — record a vote on a note (`note_id`) or a link (`link_id`); access: write
- `DELETE /v2/threads/{id}` — remove a thread (paginated by `cursor`)
- `GET /v2/loads` — list loads; see `load_run` (body for `job` only)
- `GET /v2/boards` — Paginated list (size 1..200)
- `GET /v2/boards/{id}` — Fetch one (RLS 1..2 checks)
- `GET /v2/stats` — Totals (days 1..30)
"""


def test_body_for_names_body_fields_alternatives_optional(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, NOTES)
    assert params_of(ops[("POST", "/v2/load")]) == {("text", "body"): False, ("link", "body"): False}
    assert params_of(ops[("POST", "/v2/labels")]) == {("label", "body"): False, ("colour", "body"): False}


def test_paginated_by_on_a_get_names_optional_query_parameters(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, NOTES)
    posts = params_of(ops[("GET", "/v2/threads/{id}/posts")])
    assert posts[("after_post", "query")] is False and posts[("limit", "query")] is False


def test_bracketed_alternatives_joined_by_or_are_optional_body_fields(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, NOTES)
    assert params_of(ops[("POST", "/v2/votes")]) == {("note_id", "body"): False, ("link_id", "body"): False}


def test_wrong_kind_of_route_and_names_outside_the_item_give_nothing(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, NOTES)
    assert params_of(ops[("DELETE", "/v2/threads/{id}")]) == {("id", "path"): True}
    assert not any(name in ("job", "load_run") for name, _ in params_of(ops[("GET", "/v2/loads")]))
    assert not any(name == "LOAD_ENABLED" for op in ops.values() for name, _ in params_of(op))


def test_a_ranged_name_in_parentheses_on_a_listing_is_an_optional_query_parameter(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, NOTES)
    assert params_of(ops[("GET", "/v2/boards")]) == {("size", "query"): False}


def test_a_range_not_beside_a_single_name_or_not_on_a_listing_gives_nothing(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, NOTES)
    assert params_of(ops[("GET", "/v2/boards/{id}")]) == {("id", "path"): True}
    assert params_of(ops[("GET", "/v2/stats")]) == {}
