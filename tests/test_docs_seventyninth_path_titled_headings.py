"""Headings that open with a route's path and then its title (`## /api/uid/bind 绑定UID`), in the seventy-ninth
registry batch (benchmarks/docs/registry_truth): each starts the part about another route, so what it lists is not
taken for the request shown in the part before. A heading that opens with the same path continues it."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
# Push API

## /api/notification 状态栏通知

`pushAll`: true to push to everyone

```bash
curl -X POST -d '{{"pushAll":"true"}}' http://localhost:11001/api/notification
```

## {heading}

`platform`: the platform of the device
"""


def test_a_heading_of_another_path_is_no_continuation(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC.format(heading="/api/uid/bind 绑定UID和pushId"))
    assert params_of(ops[("POST", "/api/notification")]) == {("pushAll", "body"): False}


def test_a_heading_of_the_same_path_continues_it(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC.format(heading="/api/notification 更多参数"))
    assert params_of(ops[("POST", "/api/notification")]) == {("pushAll", "body"): False, ("platform", "body"): False}
