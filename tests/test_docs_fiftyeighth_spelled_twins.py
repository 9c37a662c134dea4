"""An example body key that is the camel case spelling of a field the document names, in the fifty-eighth
registry batch (benchmarks/docs/registry_truth): "**Title**, **shelf_id** are required." over a curl that sends
`{"title": "Dune", "shelfId": 2}`. `shelfId` is `shelf_id` as the example spells it, the same field, not a
second one. A camel case key with no stated snake case twin stays a field of its own."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

TWINS = """\
# Shelf API

Create a book.

**Title**, **shelf_id** are required.

```
$ curl -X POST http://localhost:5000/api/books -d '{"title": "Dune", "shelfId": 2, "coverUrl": "x"}'
```
"""


def test_a_camel_case_key_of_a_stated_field_is_that_field(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, TWINS, "README.md")
    params = params_of(ops[("POST", "/api/books")])
    assert params.get(("shelf_id", "body")) is True
    assert ("shelfId", "body") not in params


def test_a_camel_case_key_with_no_stated_twin_stays(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, TWINS, "README.md")
    assert ("coverUrl", "body") in params_of(ops[("POST", "/api/books")])
