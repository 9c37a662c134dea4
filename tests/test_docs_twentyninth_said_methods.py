"""Methods said in prose beside routes stated by their path alone in the twenty-ninth registry batch
(benchmarks/docs/registry_truth): "仅支持 post" (only supports post) makes the route POST, not the GET a bare
path is read as, and the same path named in another section's prose is that route, no GET of its own;
"该接口可用 `post` 或 `get`" (usable with post or get) gives the GET a POST with the same fields in its body."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from operations import extracted_operations

PAGE = """\
# 笔记服务

## 接口文档

### 获取链接

接口: `/note/urls`

`id`: 笔记 id, 必填, 多个用逗号分割, 该接口可用 `post` 或 `get`

### 保存设置

接口: `/user/setToken`

`data`: 字符串, token 信息

该方法仅支持 post 请求

### 读取设置

接口: `/user/getToken`

`id`: 用户 id

从服务器上获取通过 `/user/setToken` 接口存储的 token

### 笔记列表

接口: `/note/list`

`pageNo`: 页码, 默认 1
"""


def _operations(tmp_path: Path, text: str) -> dict[tuple[str, str], dict[str, Any]]:
    return extracted_operations(tmp_path, text)


def _body_fields(op: dict[str, Any]) -> set[str]:
    content = op.get("requestBody", {}).get("content", {})
    return {name for media in content.values() for name in media.get("schema", {}).get("properties", {})}


def test_a_route_said_to_take_only_post_is_a_post(tmp_path: Path) -> None:
    ops = _operations(tmp_path, PAGE)
    assert set(ops) == {
        ("GET", "/note/urls"),
        ("POST", "/note/urls"),
        ("POST", "/user/setToken"),
        ("GET", "/user/getToken"),
        ("GET", "/note/list"),
    }
    assert _body_fields(ops[("POST", "/user/setToken")]) == {"data"}
    assert [p["name"] for p in ops[("GET", "/user/getToken")].get("parameters", [])] == ["id"]


def test_a_route_said_usable_with_post_or_get_takes_its_fields_in_a_post_body(tmp_path: Path) -> None:
    ops = _operations(tmp_path, PAGE)
    assert [p["name"] for p in ops[("GET", "/note/urls")]["parameters"]] == ["id"]
    assert _body_fields(ops[("POST", "/note/urls")]) == {"id"}
