"""A full-width punctuation mark written straight after a path, in the fifty-sixth registry batch
(benchmarks/docs/registry_truth): a Traditional Chinese README whose `#### METHOD /path` headings carry an aside
in full-width parentheses glued to the path (`/v1/models/{model}:run` then the aside). The mark ends the path as
an ASCII `(` or `,` would: the route is what comes before it, and its curl example (an instance of it) then
belongs to it. A path with no mark keeps everything it is written with."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

PAGE = """\
# 服務

#### POST /v1/engines/{engine}:complete\uff08相容 OpenAI 格式\uff09

```bash
curl -X POST "http://localhost:9000/v1/engines/small:complete" -H "Content-Type: application/json" \\
  -d '{"input": "hi", "options": {"n": 1}}'
```

#### GET /v1/engines\uff0c列出引擎

#### POST /v1/engines/{engine}/stop

```bash
curl -X POST "http://localhost:9000/v1/engines/small/stop" -H "Content-Type: application/json" -d '{"force": true}'
```
"""


def test_a_full_width_mark_after_a_path_ends_it(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, PAGE)
    assert set(ops) == {
        ("POST", "/v1/engines/{engine}:complete"),
        ("GET", "/v1/engines"),
        ("POST", "/v1/engines/{engine}/stop"),
    }
    assert params_of(ops[("POST", "/v1/engines/{engine}:complete")]) == {
        ("engine", "path"): True,
        ("input", "body"): False,
        ("options", "body"): False,
    }


def test_a_path_without_a_mark_is_kept_whole(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, PAGE)
    assert params_of(ops[("POST", "/v1/engines/{engine}/stop")]) == {("engine", "path"): True, ("force", "body"): False}
