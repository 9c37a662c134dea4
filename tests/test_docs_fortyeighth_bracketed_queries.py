"""A URL template that brackets its optional query parameters, in the forty-eighth registry batch
(benchmarks/docs/registry_truth): `/v2/speak?text=<text>[&lang=…][&voice=…]` in a route table's path cell. What is
in brackets may be left out; the placeholder written outside them, `text`, may not: it is required, `lang` and
`voice` optional, though the two example calls of the route fill `text` with a literal. A template with no brackets says
nothing of need, and its placeholder keeps the reading examples give it."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
# Speech server

## HTTP API

| Method | Path | Description |
| :--- | :--- | :--- |
| GET | `/status` | Health |
| GET | `{template}` | Synthesize speech |

```bash
curl "http://localhost:9000/v2/speak?text=hello%20world" -o hello.wav
```

## Docker

```bash
curl "http://localhost:8080/v2/speak?text=hello" -o hello.wav
```
"""


def test_a_placeholder_outside_the_brackets_is_required(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC.format(template="/v2/speak?text=<text>[&lang=…][&voice=…]"))
    assert params_of(ops[("GET", "/v2/speak")]) == {
        ("text", "query"): True,
        ("lang", "query"): False,
        ("voice", "query"): False,
    }


def test_a_template_without_brackets_says_nothing_of_need(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC.format(template="/v2/speak?text=<text>&lang=<lang>"))
    params = params_of(ops[("GET", "/v2/speak")])
    assert params[("text", "query")] is False and params[("lang", "query")] is False
