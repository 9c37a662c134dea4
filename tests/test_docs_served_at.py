"""A resource a sentence says is served at a coded path, on a page that states its routes as request lines (the
twenty-first registry batch's pyrestserver README: "Basic Prometheus metrics are available at `/metrics`")."""

from __future__ import annotations

from pathlib import Path

from operations import extracted_paths

PAGE = """\
# Backup server

## API

- `GET /{repo}/config` reads a repository's config
- `POST /{repo}/config` writes it
- `GET /events/{id}` reads one event

## Metrics

Basic Prometheus metrics are available at `/metrics` (when enabled with `--prometheus`).

The complete event stream is available at `/events`.

OpenAPI definitions are exposed under `/api/openapi.json`.

The API is served at `/v2`.
"""


def test_a_resource_served_at_a_path_is_read_there(tmp_path: Path) -> None:
    """`/metrics` is `GET /metrics`; not so a path that starts a stated route (`/events`, the family of
    `/events/{id}`), the API's description, nor the API itself."""
    paths = extracted_paths(tmp_path, "README.md", PAGE)
    assert sorted((m, p) for p, ops in paths.items() for m in ops) == [
        ("get", "/events/{id}"),
        ("get", "/metrics"),
        ("get", "/{repo}/config"),
        ("post", "/{repo}/config"),
    ]
