"""Body examples a label names by their route's resource, in the thirty-third registry batch
(benchmarks/docs/registry_truth): a route table's row `POST /purge`, then "**Purge body examples:**" over a block
of one-line JSON objects. The label's name is the last segment of one write route of the section, so the objects
are that request's bodies: a key every example sends is a field, one some go without is an optional field. A
label about responses, or one naming a route read with GET, gives no field."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
# Cache API

### Maintenance

| Method | Path | Description |
|---|---|---|
| `GET` | `/stats` | Global counts |
| `POST` | `/purge` | Purge by scope: `all`, `key`, `tag` |
| `POST` | `/compact` | Compact the store |

**Purge body examples:**

```json
{"by": "all"}
{"by": "key", "target": "deadbeef"}
```

**Compact response examples:**

```json
{"freed": 10}
```

**Stats body examples:**

```json
{"window": 5}
```
"""


def test_body_examples_named_by_a_routes_last_segment_give_its_fields(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert params_of(ops[("POST", "/purge")]) == {("by", "body"): False, ("target", "body"): False}


def test_response_examples_or_a_read_route_give_no_field(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert params_of(ops[("POST", "/compact")]) == {}
    assert params_of(ops[("GET", "/stats")]) == {}
