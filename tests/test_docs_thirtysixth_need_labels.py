"""Parameters listed under a Chinese label that says whether they must be given, in the thirty-sixth registry
batch (benchmarks/docs/registry_truth): under each route heading, "**必填参数**:" (required parameters) over a
bullet list of `` `name`: 说明 `` items, and "**可选参数**:" (optional parameters) over a table or a list. The
label speaks for every item under it, as "Required parameters:" / "Optional parameters:" do in English; a list
of one item is read as a list of several. A list under a sentence, or under a label about the response
(返回参数), gives no required input."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
# 行情服务

## 接口

#### POST `/api/bars` - 获取K线

**必填参数**:
- `symbols`: 代码列表\uff0c如 `["000001"]`

**可选参数**:

| 参数 | 类型 | 默认值 | 说明 |
|------|------|--------|------|
| `limit` | int | 100 | 数量 |

#### POST `/api/history` - 历史数据

**必填参数**\uff1a
- `symbols`: 代码列表
- `day`: 日期\uff0c如 `20240101`

**选填参数**\uff1a
- `page`: 页码

#### POST `/api/notes` - 备注

调用前请阅读以下说明\uff1a
- `symbols` 是必填的代码列表吗\uff1f请参考上文。

**返回参数**:
- `total`: 总数
"""


def test_a_required_label_makes_its_items_required(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert params_of(ops[("POST", "/api/bars")]) == {("symbols", "body"): True, ("limit", "body"): False}
    assert params_of(ops[("POST", "/api/history")]) == {
        ("symbols", "body"): True,
        ("day", "body"): True,
        ("page", "body"): False,
    }


def test_a_list_under_a_sentence_or_a_response_label_gives_nothing(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert params_of(ops[("POST", "/api/notes")]) == {}
