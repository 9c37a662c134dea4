"""A route table cell writing one route at two paths: `| GET | `/v1/me` or `/me` | The caller |`. "or" between the
coded paths names one route answered at both, read as its first path, not a path with "or" and backticks in it. A
cell listing paths by commas or a spaced slash (`/docs` / `/redoc`, in the fifty-fifth registry batch) still gives a
route each."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations

TABLE = """\
# Server

| Method | Path | Description |
| --- | --- | --- |
| `GET` | `/health` | Liveness |
| `GET` | `/v1/me` or `/me` | The caller |
| `GET` | `/docs` / `/redoc` | Interactive docs (Swagger / ReDoc) |
| `GET` | `/a`, `/b` | Two pages |
"""


def test_or_joined_coded_paths_are_one_route_and_slash_joined_ones_a_route_each(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, TABLE)
    assert set(ops) == {
        ("GET", "/health"),
        ("GET", "/v1/me"),
        ("GET", "/docs"),
        ("GET", "/redoc"),
        ("GET", "/a"),
        ("GET", "/b"),
    }
