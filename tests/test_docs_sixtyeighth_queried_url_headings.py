"""Path headings on a page that names no method, in the sixty-eighth registry batch
(benchmarks/docs/registry_truth): `### /history/list` over an example `http://host:port/history/list?past=201601`.
A page that calls its titled routes by full URLs with a query string, and names no method anywhere, fetches them as
URLs: each path heading is a GET. A heading that is an installation directory (`/var/lib/app/`) is no route, and a
page that writes a method anywhere states its methods itself."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
# Service

## Setup

### /var/lib/service/
Data files.

## API

### /history/list
Lists past runs.

Parameters:

* past: Optional - a month, YYYYmm
* limit: Optional

Example:

* http://host:port/history/list?past=201601

### /history/result
Shows one result.
"""


def test_path_headings_are_gets(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert set(ops) == {("GET", "/history/list"), ("GET", "/history/result")}
    assert params_of(ops[("GET", "/history/list")]) == {("past", "query"): False, ("limit", "query"): False}


def test_a_page_naming_a_method_is_left_alone(tmp_path: Path) -> None:
    text = DOC + "\nSend a POST request to change a setting.\n"
    ops = extracted_operations(tmp_path, text + "\n```\nPOST /settings\n```\n")
    assert ("GET", "/history/result") not in ops
