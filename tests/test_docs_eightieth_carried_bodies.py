"""A REST client's request line carrying its JSON body, in the eightieth registry batch
(benchmarks/docs/registry_truth): in a section listing several requests under bold captions, `HTTP POST
"/plugins/x/_config/:name" {` over `"description": "..."` and `}` sends description in its body. A request line
with no object opening on it (the object on a later line of another block, or a word after the target) sends none."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
# Plugin

### Configuration API

- **Retrieve configured collections:**

```bash
HTTP GET "/plugins/x/_config"
```

- **Add a collection:**

```
HTTP POST "/plugins/x/_config/:name" {
    "description": "My custom collection"
}
```

- **Remove a collection:**

```bash
HTTP DELETE "/plugins/x/_config/:name"
```
"""

NEAR_MISS = """\
# Plugin

### Configuration API

- **Retrieve configured collections:**

```bash
HTTP GET "/plugins/x/_config"
```

- **Add a collection:**

```
HTTP POST "/plugins/x/_config/:name" description
```

- **Remove a collection:**

```bash
HTTP DELETE "/plugins/x/_config/:name"
```
"""


def test_object_opening_on_the_request_line_is_its_body(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert params_of(ops[("POST", "/plugins/x/_config/{name}")]) == {
        ("name", "path"): True,
        ("description", "body"): False,
    }
    assert params_of(ops[("DELETE", "/plugins/x/_config/{name}")]) == {("name", "path"): True}
    assert params_of(ops[("GET", "/plugins/x/_config")]) == {}


def test_request_line_without_an_object_sends_no_body(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, NEAR_MISS)
    assert params_of(ops[("POST", "/plugins/x/_config/{name}")]) == {("name", "path"): True}
