"""Request lines annotated with `#` comment lines in a code block, in the fifty-ninth registry batch
(benchmarks/docs/registry_truth): an `http` fence of bare `VERB /path` lines, each followed by comments saying what
it does, "# Body: {json}" and "# Returns: ...". The body comment under a write's request line shows what it sends:
its top-level keys are body fields. A block holding a single such request line with only comments under it states
that route too, even in a section whose bullets name another route in a sentence; a "Returns:" or "Format:" object
gives no field, and a raw request with headers stays an example."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
# Pump Server API

## HTTP Endpoints

```http
# Pumps
GET /pumps
# List all pumps
# Returns: {"pumps": [{"pump_id": "p1", "rate": 2.5}]}

POST /pumps
# Add a pump
# Body: {"pump_id": "p2", "model": "PX-9", "settings": {"rate": 1.0}}
# Returns: pump info
# 409: Pump already exists

POST /pumps/{pump_id}/prime
# Prime a pump
# Returns: 200 OK
```

## Live readings

```http
GET /live/pumps/{pump_id}
# Subscribe to the pump's readings
# Format: {"event": "reading", "pump_id": "p1", "flow": 2.4}
```

**Event fields:**
- `event`: Always "reading"
- `flow`: Measured flow

**Notes:**
- Poll `GET /pumps` after a reconnect to catch up
"""


def test_body_comment_under_a_write_gives_its_fields(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert {k for k in params_of(ops[("POST", "/pumps")]) if k[1] == "body"} == {
        ("pump_id", "body"),
        ("model", "body"),
        ("settings", "body"),
    }
    assert not [k for k in params_of(ops[("POST", "/pumps/{pump_id}/prime")]) if k[1] == "body"]


def test_lone_commented_request_line_states_its_route(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert ("GET", "/live/pumps/{pump_id}") in ops
    assert params_of(ops[("GET", "/pumps")]) == {}


def test_raw_request_with_headers_is_no_statement_block() -> None:
    from mcpgen.ingest.docs.commented_request_blocks import statement_block

    assert statement_block("GET /live/pumps/{pump_id}\n# Subscribe\n# Returns: events")
    assert not statement_block("POST /pumps HTTP/1.1\nHost: example.com\n# add one")
    assert not statement_block("GET /pumps\nAccept: application/json")
