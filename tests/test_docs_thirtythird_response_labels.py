"""An unlabelled JSON example before a "Response:" label, in the thirty-third registry batch
(benchmarks/docs/registry_truth): under a heading that is the request line (`### \\`PATCH /boxes/{id}\\``) a
sentence, a JSON block, then "**Response:** same shape as GET". The section names its answer under that label,
so the example shown before it is the request body. With no such label an unlabelled example under a heading
stays a possible response and gives no field; a JSON block after the label is the response."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

LABELLED = """\
# Box API

### `PATCH /boxes/{id}`

Partial update: merge into the box.

```json
{"labels": {"a": "b"}}
```

**Response:** same shape as GET, with the whole box.

### `POST /boxes`

Create a box.

```json
{"size": 2}
```

**Response:**

```json
{"id": "b1", "state": "new"}
```
"""

UNLABELLED = """\
# Box API

### `PATCH /boxes/{id}`

Partial update: merge into the box.

```json
{"labels": {"a": "b"}}
```
"""


def test_the_example_before_a_response_label_is_the_request(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, LABELLED)
    assert params_of(ops[("PATCH", "/boxes/{id}")]) == {("id", "path"): True, ("labels", "body"): False}
    assert params_of(ops[("POST", "/boxes")]) == {("size", "body"): False}


def test_without_a_response_label_the_example_gives_no_field(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, UNLABELLED)
    assert params_of(ops[("PATCH", "/boxes/{id}")]) == {("id", "path"): True}
