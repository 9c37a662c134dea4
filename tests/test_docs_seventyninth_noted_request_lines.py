"""A bold request line with a bracketed note after it, in the seventy-ninth registry batch
(benchmarks/docs/registry_truth): `**POST /api/files** (Requires authentication)` still opens the operation its
`Parameters:` list describes, like the line without the note; a line going on into a sentence does not."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
# Files

## API

**POST /api/login**

Parameters:
- `username`: Your username

**POST /api/files**{after}

Parameters:
- `filename`: Name of the file
"""


def test_a_bracketed_note_after_a_bold_request_line_keeps_it_a_heading(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC.format(after=" (Requires authentication)"))
    assert params_of(ops[("POST", "/api/login")]) == {("username", "body"): False}
    assert params_of(ops[("POST", "/api/files")]) == {("filename", "body"): False}


def test_a_sentence_after_the_request_line_is_prose(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC.format(after=" is what you call once you have logged in (see below)"))
    assert ("filename", "body") not in params_of(ops.get(("POST", "/api/files"), {}))
