"""Parameters stated one per paragraph under a route in the twenty-ninth registry batch
(benchmarks/docs/registry_truth): each paragraph opens with the name in code and a colon (`` `id`: ... ``),
and its description says whether it is needed, here in Chinese (必填 required, 非必填 / 可不传 not required,
默认 a default). Paragraphs after a label about the response (返回说明) are the response's fields."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from operations import extracted_operations

PAGE = """\
# 图书服务

## 接口文档

### 搜索图书

接口: `/books/search`

参数:

`q`: 关键词 必填

`page`: 页码, 默认 1

`lang`: 语言, 非必填

示例: [/books/search?q=rust](http://api.example.com/books/search?q=rust)

### 图书详情

接口: `/books/detail`

参数:
`isbn`\uff1a 图书的 isbn, 必填

`format`: 可不传, 不传时返回简要信息,
传 `full` 时返回全部信息

返回说明

`title`: 书名

`pages`: 页数

示例: [/books/detail?isbn=1](http://api.example.com/books/detail?isbn=1)

### 热门图书

接口: `/books/hot`

这个接口无需参数
"""

ENGLISH = """\
# Books

## Search

`GET /books/search`

`q`: the words to look for (required)

`page`: the page to return
"""


def _operations(tmp_path: Path, text: str) -> dict[tuple[str, str], dict[str, Any]]:
    return {
        key: {p["name"]: p for p in op.get("parameters", [])}
        for key, op in extracted_operations(tmp_path, text).items()
    }


def test_each_coded_name_paragraph_under_a_route_is_a_parameter_with_its_chinese_need(tmp_path: Path) -> None:
    ops = _operations(tmp_path, PAGE)
    search = ops[("GET", "/books/search")]
    assert set(search) == {"q", "page", "lang"}
    assert search["q"]["in"] == "query"
    assert search["q"].get("required") is True
    assert not search["page"].get("required")
    assert not search["lang"].get("required")


def test_paragraphs_after_a_response_label_are_no_parameters(tmp_path: Path) -> None:
    detail = _operations(tmp_path, PAGE)[("GET", "/books/detail")]
    assert set(detail) == {"isbn", "format"}
    assert detail["isbn"].get("required") is True
    assert not detail["format"].get("required")


def test_the_same_paragraphs_in_english_read_alike(tmp_path: Path) -> None:
    search = _operations(tmp_path, ENGLISH)[("GET", "/books/search")]
    assert set(search) == {"q", "page"}
    assert search["q"].get("required") is True
