"""A route's literal word that spells a placeholder name of a sibling route, in the thirty-fourth registry batch
(benchmarks/docs/registry_truth): `/v1/user/{user}` beside `/v1/{user}/files`. An example path's segment that
spells the placeholder a stated template writes in its place is that placeholder (`/v1/your-user/files` is an
example of `/v1/{user}/files`); but a path that already has that placeholder cannot hold its value twice, so its
word `user` is the name of a route of its own, kept as written."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
# Files API

## Routes

* `GET /v1/user/{user}` : a user's details
* `GET /v1/{user}/files` : a user's files

## Example

```
curl http://localhost:8000/v1/your-user/files
```
"""


def test_a_word_beside_the_same_placeholder_stays_a_word(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert set(ops) == {("GET", "/v1/user/{user}"), ("GET", "/v1/{user}/files")}
    assert params_of(ops[("GET", "/v1/user/{user}")]) == {("user", "path"): True}


def test_an_example_value_spelling_the_placeholder_is_still_its_route(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert ("GET", "/v1/your-user/files") not in ops
