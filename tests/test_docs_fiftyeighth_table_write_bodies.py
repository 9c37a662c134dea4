"""An example object printed right under a route table, in the fifty-eighth registry batch
(benchmarks/docs/registry_truth): a topic's `| Method | Path | Description |` table lists a read, an upsert PUT
and a delete, and the next block, with no caption, is a JSON object. Only the PUT sends a body, so the object's
top-level keys are its body fields. A table with two writes, or with none, gives the object to no route, and an
object after a paragraph is left to the rules that read captions."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

ONE_WRITE = """\
# Labels API

### Labels

| Method | Path | Description |
|--------|------|-------------|
| `GET` | `/api/labels` | List labels |
| `PUT` | `/api/labels/{id}` | Upsert a label |
| `DELETE` | `/api/labels/{id}` | Delete a label |

```json
{
  "colour": "red",
  "title": "urgent",
  "owner": {"team": "ops"}
}
```
"""


def test_the_object_under_a_table_is_the_body_of_its_one_write(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, ONE_WRITE, "README.md")
    assert ("PUT", "/api/labels/{id}") in ops
    params = params_of(ops[("PUT", "/api/labels/{id}")])
    assert {("colour", "body"), ("title", "body"), ("owner", "body")} <= set(params)
    assert ("team", "body") not in params
    assert not any(location == "body" for _, location in params_of(ops[("GET", "/api/labels")]))


TWO_WRITES = """\
# Labels API

### Labels

| Method | Path | Description |
|--------|------|-------------|
| `POST` | `/api/labels` | Create a label |
| `PUT` | `/api/labels/{id}` | Replace a label |
| `GET` | `/api/labels/{id}` | Get a label |

```json
{
  "colour": "red",
  "title": "urgent"
}
```

### Tags

| Method | Path | Description |
|--------|------|-------------|
| `GET` | `/api/tags` | List tags |
| `PUT` | `/api/tags/{id}` | Upsert a tag |

Response:

```json
{
  "slug": "urgent",
  "count": 3
}
```
"""


def test_an_object_under_two_writes_or_after_a_caption_is_no_table_body(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, TWO_WRITES, "README.md")
    for key in [("POST", "/api/labels"), ("PUT", "/api/labels/{id}")]:
        assert ("colour", "body") not in params_of(ops[key])
    assert ("slug", "body") not in params_of(ops[("PUT", "/api/tags/{id}")])
