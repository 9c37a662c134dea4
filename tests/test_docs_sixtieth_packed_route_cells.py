"""Route-table cells that pack more than one path, in the sixtieth registry batch (benchmarks/docs/registry_truth):
a compact `| Method | Path | Purpose |` table writes the body fields right after the path in the same cell
(`` `/sessions` `{user, password}` ``, `?` marking a field optional), further requests of the row after a `·`
(`` `/sessions/end` · GET `/sessions/current` ``), and a row whose first cell holds every request, the later path
relative to the earlier (`` GET/POST `/keys` · PATCH/DELETE `/{id}` ``: `/keys/{id}`). Such cells must not keep
the table from being read as a route table, the relative path is no route of its own under the root, and braces in
a sentence, after "returns", or on a request that sends no body give no field."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

PACKED = """\
# Vault service

## Routes

| 方法 | 路径 | 用途 | 鉴权 |
|---|---|---|---|
| POST | `/v2/sessions` `{user, password}` | 登录 | 开放 |
| POST | `/v2/sessions/end` · GET `/v2/sessions/current` | 注销 / 当前身份 | 会话 |
| GET/POST `/v2/tokens` · PATCH/DELETE `/{token_id}` | 令牌管理 | 管理员 |
| GET | `/v2/vaults` | 列表 | 会话 |
| PUT | `/v2/vaults/{vault}/entries/{name}` `{value, note?}` | 写一个值 | 管理员 |
| POST | `/v2/vaults/{vault}/restore` `{to_version}` | 恢复 | 管理员 |
| POST | `/v2/import` `{mode: merge\\|replace, data}` | 导入 | 管理员 |
| GET | `/v2/vaults/{vault}/log?limit=` | 历史 | 会话 |

## Timings

| 项 | 耗时 |
|---|---|
| `POST /restore` of 50 entries | 4 ms |
"""

PROSE = """\
# Notes service

| Method | Path | Notes |
|---|---|---|
| GET | `/notes` | List notes |
| GET | `/notes/search` `{q, page}` | Search |
| POST | `/notes` | Create a note |
| POST | `/notes/{id}/copy` returns `{id, rev}` | Copy a note |
| DELETE | `/notes/{id}` | Delete |

| Method | Path |
|---|---|
| GET | `/{bucket}` |
| GET | `/buckets` |
"""


def test_a_path_cell_with_a_body_shape_or_further_requests_is_still_a_route_table(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, PACKED)
    assert set(ops) == {
        ("POST", "/v2/sessions"),
        ("POST", "/v2/sessions/end"),
        ("GET", "/v2/sessions/current"),
        ("GET", "/v2/tokens"),
        ("POST", "/v2/tokens"),
        ("PATCH", "/v2/tokens/{token_id}"),
        ("DELETE", "/v2/tokens/{token_id}"),
        ("GET", "/v2/vaults"),
        ("PUT", "/v2/vaults/{vault}/entries/{name}"),
        ("POST", "/v2/vaults/{vault}/restore"),
        ("POST", "/v2/import"),
        ("GET", "/v2/vaults/{vault}/log"),
    }


def test_a_page_writing_routes_relative_to_others_names_a_route_by_its_tail(tmp_path: Path) -> None:
    """The page abbreviates its routes (`/{token_id}` after `/v2/tokens`), so `POST /restore` in its timings is the
    stated `/v2/vaults/{vault}/restore` named by its last segment, no route of its own (`written_routes._tails`)."""
    ops = extracted_operations(tmp_path, PACKED)
    assert ("POST", "/restore") not in ops
    assert ("POST", "/{token_id}") not in ops and ("PATCH", "/{token_id}") not in ops


def test_the_shape_after_the_path_names_the_body_fields(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, PACKED)
    assert params_of(ops[("POST", "/v2/sessions")]) == {("user", "body"): False, ("password", "body"): False}
    assert params_of(ops[("PUT", "/v2/vaults/{vault}/entries/{name}")]) == {
        ("vault", "path"): True,
        ("name", "path"): True,
        ("value", "body"): False,
        ("note", "body"): False,
    }
    assert params_of(ops[("POST", "/v2/vaults/{vault}/restore")]) == {
        ("vault", "path"): True,
        ("to_version", "body"): False,
    }
    assert params_of(ops[("POST", "/v2/import")]) == {("mode", "body"): False, ("data", "body"): False}
    assert params_of(ops[("GET", "/v2/vaults/{vault}/log")]) == {("vault", "path"): True, ("limit", "query"): False}
    assert params_of(ops[("PATCH", "/v2/tokens/{token_id}")]) == {("token_id", "path"): True}


def test_braces_in_prose_or_on_a_bodiless_request_and_a_lone_placeholder_route_stay_as_written(
    tmp_path: Path,
) -> None:
    ops = extracted_operations(tmp_path, PROSE)
    assert params_of(ops[("GET", "/notes/search")]) == {}
    assert params_of(ops[("POST", "/notes")]) == {}
    assert all(where != "body" for (_, path), op in ops.items() if "copy" in path for _, where in params_of(op))
    assert ("GET", "/{bucket}") in ops
    assert ("GET", "/buckets/{bucket}") not in ops
