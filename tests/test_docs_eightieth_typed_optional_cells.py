"""A parameter table that marks its optional rows in the Type cell, in the eightieth registry batch
(benchmarks/docs/registry_truth): a reStructuredText simple table Parameter | Type | Description whose optional
rows carry "(optional)" on the second line of the Type cell (`boolean` over `(optional)`), or close a sentence of
the description with it ("... to be promoted (optional). If not specified, ..."). The unmarked rows are required, as
in a table that opens its optional descriptions with "(Optional)" (`optional_cells.py`); a table that marks no row
says nothing of any, and a word "optional" inside a description (not the mark) is no mark."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
API calls
=========

GET /api/repo_status
--------------------

Get all the CI reports for a specific repository.

Request:

===================  ==========  ==============================================================
       Parameter       Type                             Description
===================  ==========  ==============================================================
commit_hash          string      commit_hash of the repo to fetch information for
success              boolean     If set to a value, only return the CI reports with the
                     {mark}  specified vote.
===================  ==========  ==============================================================

POST /api/promote
-----------------

Promote a repo.

Request:

===================  ==========  ==============================================================
       Parameter       Type                             Description
===================  ==========  ==============================================================
commit_hash          string      commit_hash of the repo to be promoted
extended_hash        string      extended_hash of the repo to be promoted {note}. If not
                                 specified, the API will take the last commit.
===================  ==========  ==============================================================
"""


def test_optional_under_the_type_or_closing_a_sentence_marks_the_rest_required(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC.format(mark="(optional)", note="(optional)"), name="api.rst")
    assert params_of(ops[("GET", "/api/repo_status")]) == {("commit_hash", "query"): True, ("success", "query"): False}
    assert params_of(ops[("POST", "/api/promote")]) == {
        ("commit_hash", "body"): True,
        ("extended_hash", "body"): False,
    }


def test_a_table_marking_no_row_says_nothing_of_requiredness(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC.format(mark="          ", note="(an optional hash)"), name="api.rst")
    assert params_of(ops[("GET", "/api/repo_status")]) == {("commit_hash", "query"): False, ("success", "query"): False}
    assert params_of(ops[("POST", "/api/promote")]) == {
        ("commit_hash", "body"): False,
        ("extended_hash", "body"): False,
    }
