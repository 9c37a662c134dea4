"""Parameters written as `name -> type, description`, in the seventy-ninth registry batch
(benchmarks/docs/registry_truth): a bare name, an arrow, then its type and meaning, a paragraph or a bullet each,
with 必选 (required) and 可选 (optional) marks. A menu path (`Settings -> API keys`) or a chain of arrows is no
parameter."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
# Push API

## /api/push 推送

{lines}

```bash
curl -X POST -H "Content-Type: application/json" -d '{{"topic":"room"}}' http://localhost:11001/api/push
```
"""


def test_arrow_lines_and_items_are_parameters(tmp_path: Path) -> None:
    lines = (
        "- topic -> string, the topic to push to\n- pushId -> string[], the client's id\n\n"
        "uid -> string(必选), the bound user\n\nttl -> int(可选), how long to keep it"
    )
    ops = extracted_operations(tmp_path, DOC.format(lines=lines))
    assert params_of(ops[("POST", "/api/push")]) == {
        ("topic", "body"): False,
        ("pushId", "body"): False,
        ("uid", "body"): True,
        ("ttl", "body"): False,
    }


def test_menu_paths_and_arrow_chains_are_no_parameters(tmp_path: Path) -> None:
    lines = "Settings -> API keys, then copy the key\n\nqueued -> sent -> delivered, the states of a message"
    ops = extracted_operations(tmp_path, DOC.format(lines=lines))
    assert params_of(ops[("POST", "/api/push")]) == {("topic", "body"): False}
