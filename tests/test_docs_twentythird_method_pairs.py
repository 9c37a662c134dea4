"""Requests written with shared paths in the twenty-third registry batch (benchmarks/docs/registry_truth): a
method alone in code joined to a coded request line, `` `GET`/`PUT /path` ``. Each rule is written for the
structure a page uses, not for the project that showed it first."""

from __future__ import annotations

from pathlib import Path

from operations import extracted_paths

CONTROL = """\
# Emulator

## Admin API

| Method and path | Purpose |
|---|---|
| `GET /_admin/health` | Status of the emulator |
| `GET`/`PUT /_admin/rules` | Read or replace the rules |
| `DELETE` or `POST /_admin/cache` | Drop the cache |
| `POST /_admin/reset` | Reset all state |

Only `GET` answers are cached; `POST /_admin/reset` empties the cache too.
"""


def test_a_method_in_code_joined_to_a_coded_request_line_is_a_request_on_its_path(tmp_path: Path) -> None:
    """`` `GET`/`PUT /_admin/rules` `` in an endpoint table: GET and PUT on that path, as two request lines
    would be; a method in code that a sentence merely names before a request ("Only `GET` answers are cached;
    `POST /x` ...") is not joined to it."""
    paths = extracted_paths(tmp_path, "README.md", CONTROL)
    assert {path: set(ops) for path, ops in paths.items()} == {
        "/_admin/health": {"get"},
        "/_admin/rules": {"get", "put"},
        "/_admin/cache": {"delete", "post"},
        "/_admin/reset": {"post"},
    }
