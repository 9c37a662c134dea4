"""One request line documented as two operations, in the seventieth registry batch
(benchmarks/docs/registry_truth): "Create an invoice" and "Pay an invoice" each state `POST /payments` with a
body of their own (`separate_uses.py`). The route takes the union of the fields, and a key both bodies send
(`out`) is not thereby required. Two examples in one operation's section, one leaving keys out, still make the
key they share required."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

TWO_USES = """\
# Payments

## Create an invoice

```
POST /payments
```

Body:

```json
{"out": false, "amount": 5, "memo": "x"}
```

## Pay an invoice

```
POST /payments
```

Body:

```json
{"out": true, "bolt11": "lnbc1"}
```
"""

ONE_USE = """\
# Payments

## Create a payment

```
POST /payments
```

Body:

```json
{"out": false, "amount": 5, "memo": "x"}
```

Another body:

```json
{"out": true, "bolt11": "lnbc1"}
```
"""


def test_a_key_two_uses_share_is_not_required(tmp_path: Path) -> None:
    params = params_of(extracted_operations(tmp_path, TWO_USES)[("POST", "/payments")])
    assert params[("out", "body")] is False
    assert ("bolt11", "body") in params and ("amount", "body") in params


def test_a_key_one_uses_examples_share_is_required(tmp_path: Path) -> None:
    params = params_of(extracted_operations(tmp_path, ONE_USE)[("POST", "/payments")])
    assert params[("out", "body")] is True
