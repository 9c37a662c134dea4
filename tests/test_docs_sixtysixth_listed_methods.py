"""A path a sentence says is reached with the methods of the list after it, in the sixty-sixth registry batch
(benchmarks/docs/registry_truth): 'REST API is available on "/" using:' over "* GET method" and "* POST method with
`Content-Type`:" (JSON or form). The POST is the GET's twin, its fields in a body (`listed_methods.py`). A list
that is not all method items, or a lead-in naming no path, is left alone."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
# Renderer

## HTTP API

The service is available on "/render" using:

* GET method
* POST method with `Content-Type`:
    * *application/json*
    * or *application/x-www-form-urlencoded*

### Query parameters

| Name | Description |
|------|-------------|
| `page` | Address of the page (required) |
| `scale` | Zoom factor |

### Examples

```
GET /render?page=example.org&scale=2
```
"""

FEATURES = DOC.replace(
    """* POST method with `Content-Type`:
    * *application/json*
    * or *application/x-www-form-urlencoded*
""",
    "* a small web form for trying it out\n",
)


def test_the_listed_post_sends_the_get_fields_in_its_body(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert set(ops) == {("GET", "/render"), ("POST", "/render")}
    assert params_of(ops[("GET", "/render")]) == {("page", "query"): True, ("scale", "query"): False}
    assert params_of(ops[("POST", "/render")]) == {("page", "body"): True, ("scale", "body"): False}


def test_a_list_not_all_of_methods_adds_no_post(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, FEATURES)
    assert set(ops) == {("GET", "/render")}
