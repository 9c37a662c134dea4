"""Interactive sessions whose statements go on over lines without the `...` prompt, in the thirty-fourth registry
batch (benchmarks/docs/registry_truth): `>>> r = requests.get("https://host/api/items/7",` then an indented
`auth=(...))`. A line without a prompt continues the statement above while its brackets are open, so the call is
read whole; once they close, unprompted lines are the printed output again, and say nothing of requests."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
# Shop API

Look at an item:

```python
>>> import requests
>>> r = requests.get("https://shop.example.org/api/items/7",
                     auth=("me", "secret"))
>>> r.json()
{"id": 7, "label": "kettle"}
```

Rename it:

```python
>>> payload = {"label": "teapot"}
>>> r = requests.put("https://shop.example.org/api/items/7",
                     data=payload, auth=("me", "secret"))
>>> r.json()
{"id": 7, "label": "teapot"}
```
"""

PRINTED = """\
# Shop API

```python
>>> import requests
>>> r = requests.get("https://shop.example.org/api/items")
>>> r.text
requests.post("https://shop.example.org/api/orders",
              data={"item": 7})
```
"""


def test_unprompted_continuation_lines_keep_the_call_whole(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert set(ops) == {("GET", "/api/items/7"), ("PUT", "/api/items/7")}
    assert params_of(ops[("PUT", "/api/items/7")]) == {("label", "body"): False}


def test_output_after_a_closed_statement_is_no_call(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, PRINTED)
    assert set(ops) == {("GET", "/api/items")}
