"""A query string a JavaScript snippet builds by `+`, in the eightieth registry batch (benchmarks/docs/registry_truth):
`$http.get("http://localhost:3000/log?type=" + type + "&message=" + message)` is a GET of /log with the query
parameters type and message, neither required (the values are the snippet's own). A path built from a value
(`"/users/" + id`) and literals added to literals (`"?q=" + "cats"`) are left to other rules."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
# Logging

## Examples

**Making GET request**
```js
var type = "error";
var message = "Error loading file!";
$http.get("http://localhost:3000/log?type=" + type + "&message=" + message);
```

**Making POST request**
```js
$http.post("http://localhost:3000/log", {
    type: "log",
    message: "hello"
});
```
"""

NEAR_MISS = """\
# Users

## Examples

```js
var id = "42";
$http.get("http://localhost:3000/users/" + id);
$http.get("http://localhost:3000/search?q=" + "cats" + "&page=" + "2");
$http.post("http://localhost:3000/users", {name: "bob"});
```
"""


def test_concatenated_query_values_are_query_parameters(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert ("GET", "/log") in ops
    assert params_of(ops[("GET", "/log")]) == {("type", "query"): False, ("message", "query"): False}
    assert ("POST", "/log") in ops


def test_path_built_from_a_value_is_no_query(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, NEAR_MISS)
    assert set(ops) == {("POST", "/users")}
