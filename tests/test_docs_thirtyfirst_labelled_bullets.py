"""Routes of the thirty-first registry batch (benchmarks/docs/registry_truth) stated as labelled bullets in
Chinese, the path and the method each on a bullet of its own ("请求路径: /api/items/:id", "请求方法: put", a
full-width colon), several operations sharing one path and told apart by the method bullet; each bullet list
ends in a label bullet ("请求头", "请求参数", "响应参数") over a table with Chinese column headers (参数名,
参数类型, 是否必填, 参数说明). The label says where the table's names go: request headers, parameters of the
request (body for a PUT), or response fields that are no parameters; a 是/否 (yes/no) required column says
which are needed. A bullet that only mentions an address, or a method label with no method, is no route."""

from __future__ import annotations

from pathlib import Path

from operations import extracted_operations, params_of

PAGE = """\
# 商品服务

## 接口说明

- 接口基准地址\uff1ahttp://localhost:8000/
- 数据返回格式统一使用 JSON

### 1. 获取商品

- 请求路径\uff1a/api/items/:id
- 请求方法\uff1aget
- 请求头

| 参数名    | 参数类型 | 参数说明 |
| --------- | -------- | -------- |
| X-Tenant  | String   | 租户     |

- 响应参数

| 参数名 | 参数类型 | 参数说明 |
| ------ | -------- | -------- |
| title  | String   | 标题     |

### 2. 修改商品

- 请求路径\uff1a/api/items/:id
- 请求方法\uff1aput
- 请求参数

| 参数名 | 参数类型 | 是否必填 | 参数说明 |
| ------ | -------- | -------- | -------- |
| id     | Int      | 是       | 商品 ID  |
| title  | String   | 是       | 标题     |
| price  | Int      | 否       | 价格     |

- 响应参数

| 参数名  | 参数类型 | 参数说明 |
| ------- | -------- | -------- |
| success | Boolean  | 是否成功 |
"""


def test_path_and_method_bullets_state_one_route_each(tmp_path: Path) -> None:
    operations = extracted_operations(tmp_path, PAGE)
    assert set(operations) == {("GET", "/api/items/{id}"), ("PUT", "/api/items/{id}")}


def test_the_label_bullet_over_a_table_says_where_its_names_go(tmp_path: Path) -> None:
    operations = extracted_operations(tmp_path, PAGE)
    get = params_of(operations[("GET", "/api/items/{id}")])
    assert get == {("id", "path"): True, ("X-Tenant", "header"): False}
    put = params_of(operations[("PUT", "/api/items/{id}")])
    assert {("id", "path"): True, ("title", "body"): True, ("price", "body"): False}.items() <= put.items()
    assert not any(name == "success" for name, _ in put)  # the response table's field


def test_an_address_bullet_alone_states_no_route(tmp_path: Path) -> None:
    page = "# 服务\n\n- 访问地址说明\uff1a启动后访问 http://localhost:8000/status\n- 请求方法\uff1a见下文\n\n"
    page += "`GET /ping`\n"
    assert set(extracted_operations(tmp_path, page)) == {("GET", "/ping")}


ENGLISH = """\
# Notes API

## Create a note

- URL: `/notes`
- Method: POST
- Request headers

| Name        | Type   | Description    |
| ----------- | ------ | -------------- |
| X-Author    | string | Who writes it. |

- Response fields

| Name    | Type   | Description |
| ------- | ------ | ----------- |
| note_id | string | The new id. |
"""


def test_an_english_label_bullet_captions_the_table_below_it_too(tmp_path: Path) -> None:
    post = params_of(extracted_operations(tmp_path, ENGLISH)[("POST", "/notes")])
    assert post == {("X-Author", "header"): False}
