"""A request header offered as a choice of values, one bullet each, in the thirty-third registry batch
(benchmarks/docs/registry_truth): after a bare `POST /run` request block, "- `Accept: application/json`
(default) — waits ..." and "- `Accept: text/event-stream` — streams ...". Two items naming the same header make
it an input the caller picks, optional. A single header line quoted in a bullet, or `key: value` settings, give
no parameter."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
# Runner API

### Run

```
POST /run
{"prompt": "hi"}
```

- `Accept: application/json` (default) — waits and returns the result
- `Accept: text/event-stream` — streams progress events

### Status

```
GET /status
```

- `Cache-Control: no-cache` is sent by the server
- `timeout: 30` in the config file
- `retries: 3` in the config file
"""


def test_a_header_offered_as_a_choice_of_values_is_an_optional_input(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert params_of(ops[("POST", "/run")]) == {("prompt", "body"): False, ("Accept", "header"): False}


def test_a_single_header_line_or_settings_give_no_parameter(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert params_of(ops[("GET", "/status")]) == {}
