"""A code block that opens with a full URL and an arrow, what the request answers after it, in the sixty-eighth
registry batch (benchmarks/docs/registry_truth): ```http://IP:8082/state/x.alive =>``` over `{"val":true}`. The
URL alone is a GET; the answer is no body of it (`arrow_url_lines.py`). An arrow after anything else (a function
`x => x + 1`) and a URL with no arrow (a link) are left alone."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
# web

## Write states

```
[POST] http://IP:8082/state/javascript.0.myVariable => true
```

## Read states

You can read state values via HTTP.

```
http://IP:8082/state/system.alive =>
{"val":true,"ack":true,"ts":1606831924559}
```

or files like:

```
http://IP:8082/vis/picture.png =>
[IMAGE]
```
"""

NEAR_MISS = """\
# web

## Write states

```
[POST] http://IP:8082/state/javascript.0.myVariable => true
```

## Helpers

```
const double = x => x * 2
```

The project page:

```
http://IP:8082/docs/index.html
```
"""


def test_a_url_and_an_arrow_is_its_get(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert ("GET", "/state/system.alive") in ops
    assert ("GET", "/vis/picture.png") in ops
    assert params_of(ops[("GET", "/state/system.alive")]) == {}


def test_no_arrow_or_no_url_is_left_alone(tmp_path: Path) -> None:
    assert set(extracted_operations(tmp_path, NEAR_MISS)) == {("POST", "/state/javascript.0.myVariable")}
