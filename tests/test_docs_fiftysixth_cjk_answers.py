"""A JSON response under a Chinese label, in the fifty-sixth registry batch (benchmarks/docs/registry_truth): each
route's curl example sends a JSON body, then "回傳" and a full-width colon (returns:) introduce the JSON the server
answers, which echoes the sent field beside its own (`success`, `text`). The sentence names the block as the
answer, as the English "Below is the result:" does, so it is no fuller request body: its keys are not body fields.
A JSON object under a sentence that does not name the answer, holding every key the example sent and more, still
is one."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

PAGE = """\
# 服務

#### POST /api/ask

```bash
curl -X POST http://localhost:9000/api/ask -H "Content-Type: application/json" -d '{"question": "天氣如何"}'
```

回傳\uff1a

```json
{"success": true, "answer": "晴天", "question": "天氣如何"}
```

#### POST /api/draw

```bash
curl -X POST http://localhost:9000/api/draw -H "Content-Type: application/json" -d '{"prompt": "貓"}'
```

更完整的請求\uff1a

```json
{"prompt": "貓", "size": "1024x1024"}
```
"""


def test_a_json_block_the_label_names_the_answer_is_no_body(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, PAGE)
    assert params_of(ops[("POST", "/api/ask")]) == {("question", "body"): False}


def test_a_fuller_body_under_another_sentence_still_adds_fields(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, PAGE)
    assert params_of(ops[("POST", "/api/draw")]) == {("prompt", "body"): False, ("size", "body"): False}
