"""A route's caption that names its optional inputs, in the forty-third registry batch
(benchmarks/docs/registry_truth): an overview of `` `METHOD /path` - caption `` bullets where one caption ends
"(optional `to` and `channel`)", and a curl example of that route sending `text` and `channel`. The named ones
are optional parameters of the route (in its body, as it is a POST); the key its example sends that the caption
does not call optional is the one it needs. A caption saying the answer holds "an optional `next` link" names no
input. The same route, found once as stated and once through an example call made relative to a base that ends
in the route's first segment, is one operation: what either was found to take is kept."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

OVERVIEW = """\
# Radio monitor

## API

- `GET /api/health` - backend status
- `GET /api/messages` - message history, returns an optional `next` link
- `POST /api/send` - send text (optional `to` and `channel`)
- `GET /api/logs` - recent log lines, with optional `level` and `limit`

```bash
curl -s http://localhost:8880/api/messages
curl -s -X POST http://localhost:8880/api/send -H 'Content-Type: application/json' -d '{"text":"hi","channel":0}'
```
"""


def test_a_caption_names_the_optional_inputs_and_the_example_the_needed_one(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, OVERVIEW)
    assert params_of(ops[("POST", "/api/send")]) == {
        ("text", "body"): True,
        ("to", "body"): False,
        ("channel", "body"): False,
    }
    assert params_of(ops[("GET", "/api/logs")]) == {("level", "query"): False, ("limit", "query"): False}


def test_an_optional_part_of_the_answer_is_no_input(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, OVERVIEW)
    assert params_of(ops[("GET", "/api/messages")]) == {}
