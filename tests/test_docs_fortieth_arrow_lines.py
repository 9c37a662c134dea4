"""A paragraph of plain lines `method `path` => what it does`, in the fortieth registry batch
(benchmarks/docs/registry_truth): `get `/queues` => queues list`, `post `/queues/bar` => update *bar* queue`,
`get `/queues/bar/jobs/%id%` => get job %id% of *bar* queue`, lowercase methods and no list markers. Each line is a
request line; `%id%` is the placeholder `{id}`, and a later segment the line's description emphasises is the
document's stand-in for a value (`{bar}`). A paragraph where only some lines have this shape (a sentence opening
with "get") gives no route, and a first segment (the collection) stays literal though emphasised."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

LINES = """\
# Queue server

## HTTP api

get `/health` => liveness
get `/queues` => queues list
get `/queues/bar` => info about *bar* queue
post `/queues/bar` => update *bar* queue
get `/queues/bar/jobs/%id%` => get job %id% of *bar* queue
get `/stats` => *stats* of all queues
"""


def test_lowercase_method_arrow_lines_are_request_lines(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, LINES)
    assert set(ops) == {
        ("GET", "/health"),
        ("GET", "/queues"),
        ("GET", "/queues/{bar}"),
        ("POST", "/queues/{bar}"),
        ("GET", "/queues/{bar}/jobs/{id}"),
        ("GET", "/stats"),
    }
    assert params_of(ops[("GET", "/queues/{bar}/jobs/{id}")]) == {("bar", "path"): True, ("id", "path"): True}


PROSE = """\
# Queue server

## Usage

get `/health` => liveness
Then post the job to the queue you created and wait for it to finish.

```
GET /version
```
"""


def test_a_paragraph_with_other_lines_gives_no_route(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, PROSE)
    assert ("GET", "/health") not in ops
