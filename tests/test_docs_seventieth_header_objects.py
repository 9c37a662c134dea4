"""A JSON object captioned "Headers", in the seventieth registry batch (benchmarks/docs/registry_truth): an
operation card whose "Headers" caption is over `{"X-Trace-Id": "<id>"}` and whose "Body" caption is over the
body's JSON (`header_objects.py`). The object's keys are headers the request sends, not body fields. The same
object under a "Body" caption is the body."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

HEADERS = """\
# Items

## Create an item

```
POST /api/items
```

### Headers

```json
{"X-Trace-Id": "abc"}
```

### Body

```json
{"name": "box"}
```
"""

BODY = HEADERS.replace("### Headers", "### Payload").replace('{"name": "box"}', '{"name": "box", "X-Trace-Id": "a"}')


def test_a_headers_object_names_headers(tmp_path: Path) -> None:
    params = params_of(extracted_operations(tmp_path, HEADERS)[("POST", "/api/items")])
    assert ("X-Trace-Id", "header") in params
    assert ("X-Trace-Id", "body") not in params
    assert ("name", "body") in params


def test_an_object_not_captioned_headers_is_a_body(tmp_path: Path) -> None:
    params = params_of(extracted_operations(tmp_path, BODY)[("POST", "/api/items")])
    assert ("X-Trace-Id", "header") not in params
