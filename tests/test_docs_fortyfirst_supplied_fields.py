"""Coded names the prose under an example request says the caller supplies, in the forty-first registry batch
(benchmarks/docs/registry_truth): a curl posting `{"text": ..., "mode": "plain"}`, then "`mode` picks the
rendering: `plain` uses the default font; `custom` uses a supplied `font_path` and matching `font_size`". The
supplied names are fields of that request's body, not required. A coded name after "supplied" used otherwise
("the value `x` is supplied by the server"), or on a request with no body, gives no field."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

RENDER = """\
# Render server

## API

### Render text

```bash
curl http://localhost:8000/v1/render \\
  -H "Content-Type: application/json" \\
  -d '{"text": "Hello", "mode": "plain"}'
```

`mode` picks the rendering: `plain` uses the default font; `custom` uses a supplied `font_path` and matching
`font_size`.

### Server status

```bash
curl http://localhost:8000/v1/status
```

The field `uptime` is supplied by the server; see also the provided examples.
"""


def test_names_the_prose_says_are_supplied_are_optional_body_fields(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, RENDER)
    params = params_of(ops[("POST", "/v1/render")])
    assert params.get(("font_path", "body")) is False
    assert params.get(("font_size", "body")) is False


def test_a_name_said_supplied_otherwise_gives_no_field(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, RENDER)
    assert not params_of(ops[("GET", "/v1/status")])
    assert ("uptime", "body") not in params_of(ops[("POST", "/v1/render")])
