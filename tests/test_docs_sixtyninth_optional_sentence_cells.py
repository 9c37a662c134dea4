"""Table rows marked optional in a sentence of their description, in the sixty-ninth registry batch
(benchmarks/docs/registry_truth): "File name of the paste. Optional, defaults to None", "Paste is private? Optional,
defaults to False", beside a row that says nothing ("The full paste file content"). Only the optional rows are
marked, so the unmarked one is required (`optional_cells.py`); a cell that is the word "Optional" alone, in a table
that also says "Required", is not read so."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

SENTENCES = """\
# Pastes

## POST /paste/

Received object:

| Key          | Type    | Description                                        |
| ------------ | ------- | -------------------------------------------------- |
| file_name    | String  | File name of the paste. Optional, defaults to None |
| private      | Boolean | Paste is private? Optional, defaults to False      |
| file_content | String  | The full paste file content                        |
"""

WORDS = """\
# Images

## POST /images

| Field             | Type      | Notes           |
| ----------------- | --------- | --------------- |
| `prompt`          | `string`  | Required        |
| `negative_prompt` | `string`  | Optional        |
| `width`           | `integer` | Image width     |
"""


def test_rows_marked_optional_in_a_sentence_leave_the_others_required(tmp_path: Path) -> None:
    params = params_of(extracted_operations(tmp_path, SENTENCES)[("POST", "/paste/")])
    assert params == {("file_name", "body"): False, ("private", "body"): False, ("file_content", "body"): True}


def test_a_bare_optional_cell_beside_required_ones_implies_nothing(tmp_path: Path) -> None:
    params = params_of(extracted_operations(tmp_path, WORDS)[("POST", "/images")])
    assert params[("width", "body")] is not True
