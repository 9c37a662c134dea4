"""A route table's path cell that lists several coded paths for its row's one method, in the thirty-sixth
registry batch (benchmarks/docs/registry_truth): a row `GET` | `/wiki`、`/docs`、`/redoc`、... | 文档与测试台,
the paths joined by the ideographic enumeration comma. The row gathers routes that share a method and a
description: each path is a route of that method, whether the enumeration is written with `、` or with commas and
"and". A cell naming one route two ways ("`/a` or `/b`") is not an enumeration, and paths in the description
cell are not routes of the row."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations

DOC = """\
# Pages API

## Routes

| Method | Path | Description |
|---|---|---|
| `POST` | `/v1/jobs` | Submit a job |
| `GET` | `/manual`, `/swagger`, and `/schema.json` | Documentation pages |
| `GET` | `/bench`\u3001`/bench/history` | Test bench |
| `DELETE` | `/v1/jobs/{id}` or `/v1/tasks/{id}` | Same as `/v1/jobs`, `/v1/runs` |
"""


def test_each_listed_path_is_a_route_of_the_rows_method(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert {
        ("POST", "/v1/jobs"),
        ("GET", "/manual"),
        ("GET", "/swagger"),
        ("GET", "/schema.json"),
        ("GET", "/bench"),
        ("GET", "/bench/history"),
    } <= set(ops)


def test_alternative_names_and_described_paths_are_not_listed_routes(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert not {("DELETE", "/v1/tasks/{id}"), ("DELETE", "/v1/runs"), ("DELETE", "/v1/jobs")} & set(ops)
    assert not any("`" in path or "\u3001" in path for _, path in ops)
