"""Inline HTML `<code>` request lines in Markdown, in the eighty-first registry batch (benchmarks/docs/registry_truth):
list items `- <code>GET /api/hooks/get/[name]</code>` over a sentence are the same coded request lines a backticked
span states. A `<code>` element shown inside a code span is code printed, not a tag, and states nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from mcpgen.diagnostics import InputError
from mcpgen.ingest.docs.inline_code_tags import code_tags_as_spans
from tests.operations import extracted_operations, params_of

DOC = """\
# Hooks

## API examples

- <code>GET /api/hooks/get</code>
Return the whole hook file.

- <code>GET /api/hooks/get/[HookName]</code>
Return the selected hook.

- <code>POST /api/hooks/trigger/[HookName]</code>
Trigger a hook.
"""

NEAR_MISS = """\
# Hooks

## Markup

Write a request as `<code>GET /api/hooks/get</code>` in your own page to show it monospaced.
"""


def test_code_elements_state_request_lines(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert set(ops) == {
        ("GET", "/api/hooks/get"),
        ("GET", "/api/hooks/get/{HookName}"),
        ("POST", "/api/hooks/trigger/{HookName}"),
    }
    assert params_of(ops[("GET", "/api/hooks/get/{HookName}")]) == {("HookName", "path"): True}


def test_code_element_inside_code_span_is_left_alone(tmp_path: Path) -> None:
    assert code_tags_as_spans("see `<code>GET /x</code>` here") == "see `<code>GET /x</code>` here"
    assert code_tags_as_spans("<code>GET /a?x=1&amp;y=2</code>") == "`GET /a?x=1&y=2`"
    with pytest.raises(InputError):
        extracted_operations(tmp_path, NEAR_MISS)
