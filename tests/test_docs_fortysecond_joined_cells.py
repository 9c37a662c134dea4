"""Two methods joined by a slash before a path in code of its own, in a route table's cell, in the
forty-second registry batch (benchmarks/docs/registry_truth): a `| Method path | Auth | Purpose |` table with
a row `` GET/HEAD `/<code>` ``, beside rows `` GET `/health` ``.

`GET/HEAD` joined with no space is one request of each method on the path the code after it holds, as
`GET/HEAD /<code>` written in one code span would be. Joined methods before a code span that holds no path
(`` GET/HEAD `health` ``) give no route."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

TABLE = """\
# Notes service

## API

| Method path | Auth | Purpose |
|---|---|---|
| GET `/health` | no | Liveness |
| GET/HEAD `/<code>` | no | Redirects to the note's page |
| GET/HEAD `status` | no | Same as the health check |
"""


def test_two_methods_joined_before_a_coded_path_are_two_requests(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, TABLE)
    assert set(ops) == {("GET", "/health"), ("GET", "/{code}"), ("HEAD", "/{code}")}
    assert params_of(ops[("HEAD", "/{code}")]) == {("code", "path"): True}
