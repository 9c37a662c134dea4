"""A label saying whether what follows must be given, over `` `name`: description `` paragraphs, in the
sixty-fourth registry batch (benchmarks/docs/registry_truth): "**Required input:**" over `` `target`: The host URL ``
states a required field, as "Mandatory parameters:" does over a list. A label that says nothing of need
("**Parameters:**") leaves the field optional, and a paragraph's own word ("optional") stands over the label's."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
# Routes

## Creating a route

**Request:**

    POST /api/routes/{path}

**Required input:**

`target`: The host URL

`comment`: optional, a note kept with the route

## Renaming routes

**Request:**

    PATCH /api/routes/{path}

**Parameters:**

`name`: The new name
"""


def test_a_need_label_marks_the_coded_paragraphs_under_it(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert params_of(ops[("POST", "/api/routes/{path}")]) == {
        ("path", "path"): True,
        ("target", "body"): True,
        ("comment", "body"): False,
    }


def test_a_label_saying_nothing_of_need_leaves_them_optional(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert params_of(ops[("PATCH", "/api/routes/{path}")]) == {("path", "path"): True, ("name", "body"): False}
