"""List items that write the path, a dash, then the method in a phrase (`- /token/refresh - POST request to
refresh the access token`), in the seventy-ninth registry batch (benchmarks/docs/registry_truth): each item is the
request line of its route, even beside example calls of some of the routes; an item whose description only
mentions a method, or that names no path, is not."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations

DOC = """\
# Service

## Usage

The service has the following endpoints:

- /login - POST request with `username` and `password` to get tokens
- {item}

```python
response = session.post(url="http://localhost:5000/login", json={{"username": "a", "password": "b"}})
```
"""


def test_a_path_then_a_method_request_phrase_is_a_request_line(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC.format(item="/token/refresh - POST request to refresh the token"))
    assert set(ops) == {("POST", "/login"), ("POST", "/token/refresh")}


def test_an_item_only_mentioning_a_method_or_naming_no_path_is_no_request_line(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC.format(item="/token/refresh - lists what a POST request added"))
    assert ("POST", "/token/refresh") not in ops
    ops = extracted_operations(tmp_path, DOC.format(item="refresh - POST request to refresh the token"))
    assert set(ops) == {("POST", "/login")}
