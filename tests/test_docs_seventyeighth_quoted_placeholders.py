"""A JSON body whose values are placeholders in angle brackets around a quoted example, in the seventy-eighth
registry batch (benchmarks/docs/registry_truth): ``"source": <"Source_Region">``, ``[<"target_regions">]``,
beside ``"force": <True/False>``. Each is a value the reader fills in, so the body is JSON and its top-level
keys are what the request sends; a body that is not JSON otherwise (a bare word) still gives nothing."""

from __future__ import annotations

from pathlib import Path

from mcpgen.ingest.docs.requests import parse_json
from tests.operations import extracted_operations, params_of

DOC = """\
# Sync

```bash
curl -X POST -H "Content-Type: application/json" -d '{body}' http://localhost:8118/v1/sync
```
"""


def test_quoted_examples_in_angle_brackets_are_placeholders() -> None:
    assert parse_json('{"set": {"source": <"Source_Region">, "target": [<"Regions">], "force": <True/False>}}') == {
        "set": {"source": "<Source_Region>", "target": ["<Regions>"], "force": "<True/False>"}
    }
    assert parse_json('{"source": <"a" or "b">}') is None  # (two quoted values: no one placeholder)


def test_the_keys_of_such_a_body_are_sent(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC.format(body='{"resource_set": {"source": <"Region">}}'))
    assert ("resource_set", "body") in params_of(ops[("POST", "/v1/sync")])
    ops = extracted_operations(tmp_path, DOC.format(body='{"resource_set": {"source": Region}}'))
    assert ("resource_set", "body") not in params_of(ops[("POST", "/v1/sync")])
