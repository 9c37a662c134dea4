"""A JSON block right after a curl command that sends its own body, in the seventy-ninth registry batch
(benchmarks/docs/registry_truth): under `### POST /task`, `curl -X POST http://host/task -d '{"task": "..."}'` then
```json {"result": "...", "model": "..."}```. The command already said what it sends, so the JSON after it is its
answer, and its keys are no body fields. A curl without a body, then JSON, still leads into the body it sends."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
# Agent

## HTTP API

### `POST /task`
One-shot task.

```bash
curl -X POST http://localhost:7731/task \\
  -H "Content-Type: application/json"{data}
```

```json
{{"result": "Line 42: TODO", "model": "llama3.2:3b"}}
```

| Field | Type | Description |
|---|---|---|
| `task` | string | required — the instruction |
| `model` | string | optional — override model |

### `GET /health`
Health.
"""


def test_json_after_a_curl_sending_its_body_is_its_answer(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC.format(data=' \\\n  -d \'{"task": "list TODOs"}\''))
    assert params_of(ops[("POST", "/task")]) == {("task", "body"): True, ("model", "body"): False}


def test_json_after_a_curl_without_a_body_is_still_the_body(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC.format(data=""))
    assert ("result", "body") in params_of(ops[("POST", "/task")])
