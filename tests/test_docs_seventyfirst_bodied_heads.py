"""Request lines with their JSON body right under them, in the seventy-first registry batch
(benchmarks/docs/registry_truth): a section states each operation in prose ("If we want to create a post we would
do a") over a bare fence holding the request line alone (`GET /posts/`, `DELETE /posts/<id>`) or, for one that
sends something, the request line with the JSON body opening on the very next line, no blank line between
(`bodied_heads.py`). That block opens its operation as a lone request line does. A request line followed by a line
that is not a JSON opening (a header, prose) stays an example of the operation above."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
# Usage

If we want to get all posts we would do a
```
GET /posts/
```
Responds with a `200` and all the posts.

If we want to create a post we would do a
```
POST /posts/
{
  "data": {
    "type": "posts",
    "attributes": {"title": "Hello"}
  }
}
```
Responds with a `400` if invalid body.

If we want to remove a post we would do a
```
DELETE /posts/{id}
```
Responds with a `204` if success.
"""

NEAR_MISS = DOC.replace("POST /posts/\n{", "POST /posts/\nsee the body below\n{")


def test_a_json_body_right_under_a_request_line_opens_its_operation(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert set(ops) == {("GET", "/posts/"), ("POST", "/posts/"), ("DELETE", "/posts/{id}")}
    assert ("data", "body") in params_of(ops[("POST", "/posts/")])


def test_a_request_line_over_other_lines_stays_inside_the_operation_above(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, NEAR_MISS)
    assert ("POST", "/posts/") not in ops
