"""A JSON object written as one inline code span over several lines, in the fifty-sixth registry batch
(benchmarks/docs/registry_truth): under `Method:` / `Endpoint:` / `Payload:` label lines, "`{" opens the object and
"}`" closes it, with a blank line left inside. The blank line ends the paragraph, so CommonMark prints the
backticks as they are, but the reader sees one object and its fields are the body the operation sends. A span
holding another backtick, or whose brackets do not balance, is left as written; so is one in fenced code."""

from __future__ import annotations

from pathlib import Path

from mcpgen.ingest.docs.broken_code_spans import rejoined_code_spans
from tests.operations import extracted_operations, params_of

BROKEN = """\
# Accounts API

##### Reset confirm
Method: `POST`  
Endpoint: `/reset/confirm/`  
Payload:  
`{  
    "uid": "UID",  
    "token": "TOKEN",  

}`

##### Reset
Method: `POST`  
Endpoint: `/reset/`  
Payload:  
`{  
    "email": "EMAIL"  
}`
"""


def test_a_blank_line_inside_an_object_span_does_not_break_it(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, BROKEN)
    assert params_of(ops[("POST", "/reset/confirm/")]) == {("uid", "body"): False, ("token", "body"): False}
    assert params_of(ops[("POST", "/reset/")]) == {("email", "body"): False}


def test_only_a_balanced_span_outside_fenced_code_is_rejoined() -> None:
    unbalanced = '`{\n  "a": 1,\n\n  "b": {\n}`\n'
    assert rejoined_code_spans(unbalanced) == unbalanced
    with_backtick = '`{\n  "a": `x`,\n\n}`\n'
    assert rejoined_code_spans(with_backtick) == with_backtick
    fenced = '```js\nconst s = `{\n  "a": 1\n\n}`\n```\n'
    assert rejoined_code_spans(fenced) == fenced
    joined = rejoined_code_spans('`{\n  "a": 1\n\n}`\nnext\n')
    assert joined == '`{\n  "a": 1\n}`\n\nnext\n'  # the lines after it stay where they were
