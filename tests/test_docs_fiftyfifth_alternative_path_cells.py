"""A route table cell writing one route at two paths, in the fifty-fifth registry batch
(benchmarks/docs/registry_truth): `| GET | `/docs` / `/redoc` | Interactive docs (Swagger / ReDoc) |`. The slash
between the coded paths is "either": one route answered at both paths, read as its first path, not as a path
with a slash and backticks in it. A cell listing paths by commas still gives a route each."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations

TABLE = """\
# Server

| Method | Path | Description |
| --- | --- | --- |
| `GET` | `/health` | Liveness |
| `GET` | `/docs` / `/redoc` | Interactive docs (Swagger / ReDoc) |
| `GET` | `/a`, `/b` | Two pages |
"""


def test_slash_joined_coded_paths_are_one_route(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, TABLE)
    assert set(ops) == {("GET", "/health"), ("GET", "/docs"), ("GET", "/a"), ("GET", "/b")}
