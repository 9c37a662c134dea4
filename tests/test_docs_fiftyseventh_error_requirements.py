"""Required inputs a documented error answer names, in the fifty-seventh registry batch
(benchmarks/docs/registry_truth): an operation's section states `POST /v1/orders`, its body only as a JSON example
(`{"item": "pen", "count": 2, "note": "gift"}`), then "Error Response (400):" with `{"error": "Missing required
parameters", "message": "Both 'item' and 'count' parameters are required"}`. The answer says a call without them
fails: those body fields are required, the others stay optional. A message saying an input is invalid marks
nothing, and a name the operation takes nowhere else adds no field."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
# Orders API

## Place an order

**Endpoint:** `POST /v1/orders`

**Request Body:**

```json
{
  "item": "pen",
  "count": 2,
  "note": "gift"
}
```

**Error Response (400):**

```json
{
  "error": "Missing required parameters",
  "message": "Both 'item' and 'count' parameters are required; 'token' too"
}
```

## Cancel an order

**Endpoint:** `PUT /v1/orders/cancel`

**Request Body:**

```json
{
  "order": "A12",
  "reason": "late"
}
```

**Error Response (400):**

```json
{
  "error": "Invalid input",
  "message": "'order' contains invalid characters"
}
```
"""


def test_fields_an_error_answer_says_are_required_are_required(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert params_of(ops[("POST", "/v1/orders")]) == {
        ("item", "body"): True,
        ("count", "body"): True,
        ("note", "body"): False,
    }


def test_an_invalid_input_answer_marks_nothing(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert params_of(ops[("PUT", "/v1/orders/cancel")]) == {("order", "body"): False, ("reason", "body"): False}
