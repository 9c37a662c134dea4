"""Typed argument lists with bare names, in the seventy-first registry batch (benchmarks/docs/registry_truth): each
item is `name (optional) - type - description` (sometimes `name (optional)- type`), the name neither in code nor in
bold; the list marks its optional arguments, so the unmarked ones are required (`obligations.py`). A remark item in
such a list ("- Note: ...") is no argument (`remark_items.py`). A list of prose items with no dash after the first
word is left alone."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
# API

## POST /tasks/run

Arguments:

- dag_id - string - the DAG
- run_id - string - the run
- conf (optional)- string - configuration
"""

NOTED = """\
# API

## GET /dags/delete

Arguments:

- dag_id (optional) - string - the DAG
- filename (optional) - string - the file
- Note: at least one of them is needed.
"""

PROSE = """\
# API

## POST /tasks/run

Arguments:

- dag_id is the DAG - a string
- conf (optional) - string - configuration
"""


def test_unmarked_dashed_arguments_are_required(tmp_path: Path) -> None:
    params = params_of(extracted_operations(tmp_path, DOC)[("POST", "/tasks/run")])
    assert params == {("dag_id", "body"): True, ("run_id", "body"): True, ("conf", "body"): False}


def test_a_note_item_is_no_argument(tmp_path: Path) -> None:
    params = params_of(extracted_operations(tmp_path, NOTED)[("GET", "/dags/delete")])
    assert set(params) == {("dag_id", "query"), ("filename", "query")}


def test_a_prose_item_is_not_read_as_a_dashed_name(tmp_path: Path) -> None:
    params = params_of(extracted_operations(tmp_path, PROSE)[("POST", "/tasks/run")])
    assert not params.get(("dag_id", "body"), False)
