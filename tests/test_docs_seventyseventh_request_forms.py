"""A path heading whose prose names the forms of its request, in the seventy-seventh registry batch
(benchmarks/docs/registry_truth): "Request can be a post containing a JSON object in the body:" over a JSON block,
"or a get with query string parameters:" over a schemeless URL of the heading's path. Each form is a request of
its own on the path: the POST takes the JSON's keys, the GET the URL's query. A sentence naming a method whose
example is of another path is left alone."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
# mocker

## Runtime configuration

### /admin/setMock
This sets a response at any time.
Request can be a post containing a JSON object in the body:
```js
{
  "verb": "get",
  "serviceUrl": "third",
  "mockFile": "queen.xml"
}
```

or a get with query string parameters:
localhost:7878/admin/setMock?verb=get&serviceUrl=second

### /admin/other
Send a get with the values:
localhost:7878/elsewhere/thing?name=x
"""


def test_each_named_form_is_a_request(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert params_of(ops[("POST", "/admin/setMock")]) == {
        ("verb", "body"): False,
        ("serviceUrl", "body"): False,
        ("mockFile", "body"): False,
    }
    assert params_of(ops[("GET", "/admin/setMock")]) == {("verb", "query"): False, ("serviceUrl", "query"): False}


def test_a_form_of_another_path_is_left(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert ("GET", "/admin/other") not in ops
