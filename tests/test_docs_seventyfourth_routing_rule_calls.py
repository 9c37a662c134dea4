"""A method-less list of routing rules, in the seventy-fourth registry batch (benchmarks/docs/registry_truth):
"* Calls to /task/{task1},{task2}/{output} will run the given tasks". Each rule opening on a path is a GET
(`routing_rule_calls.py`); a fallback rule naming no path is none, and a single passing "calls to /x are ..."
remark (not a list of rules) is left alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from mcpgen.diagnostics import InputError
from tests.operations import extracted_operations, params_of

RULES = """\
# dev-server

## Overview

Here is a summary of how the server will behave:
 * Calls to / will display a page with some information.
 * Calls to /task/{task1},{task2}/{output} will run the given tasks and return the file named output.
 * Calls to /{alias} ({alias} being an alias that you have configured) will run the tasks for that alias.
 * Calls did not match the rules above will return the file for the given path (/index.html returns index.html).
"""

REMARK = """\
# dev-server

## Notes

 * Calls to /status are cached for a minute.
 * The server restarts when its configuration changes.
"""


def test_each_rule_is_a_get_route(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, RULES)
    assert set(ops) == {("GET", "/"), ("GET", "/task/{task1},{task2}/{output}"), ("GET", "/{alias}")}
    assert params_of(ops[("GET", "/task/{task1},{task2}/{output}")]) == {
        ("task1", "path"): True,
        ("task2", "path"): True,
        ("output", "path"): True,
    }


def test_a_single_remark_is_no_rule_list(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        extracted_operations(tmp_path, REMARK)
