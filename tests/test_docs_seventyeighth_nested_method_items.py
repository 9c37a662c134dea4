"""Route lists whose nesting builds the routes, in the seventy-eighth registry batch
(benchmarks/docs/registry_truth): a GitHub task list of progress whose top items are a resource's path alone
(`` [x] `/columns` ``) over items that are a method word alone with a note ("[x] GET (List)", "[ ] DELETE (`drop
column`)"), each that method on the path, and a route in code over routes in code continuing its path
(`` `POST /query` `` over `` `POST /format` ``: POST /query/format). A method word in a sentence under a path, a
route item under a plain-words item, and a route written in full are left as written."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations

DOC = """\
# db-meta

## Progress

Schema:

- [X] `POST /query` (Execute SQL query)
  - [x] `POST /format` (Format SQL query)
  - [x] `POST /query/{{id}}/cancel` (Cancel a query)
- [X] `/columns`
  - [X] GET (List)
  - [X] POST (`alter table add column`)
  - [X] DELETE: drop a column
- [X] `/roles`
  - [X] {roles_child}

Plain list:

- `/tables`
  - PATCH - alter a table
- Reporting
  - `GET /report` (the report)
"""


def test_method_items_under_a_path_item_are_its_methods(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC.format(roles_child="GET (List)"))
    for route in (("GET", "/columns"), ("POST", "/columns"), ("DELETE", "/columns"), ("GET", "/roles")):
        assert route in ops
    assert ("PATCH", "/tables") in ops


def test_routes_in_code_under_a_route_in_code_continue_its_path(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC.format(roles_child="GET (List)"))
    assert ("POST", "/query") in ops
    assert ("POST", "/query/format") in ops
    assert ("POST", "/format") not in ops
    assert ("POST", "/query/{id}/cancel") in ops  # written in full: left so
    assert ("GET", "/report") in ops  # under plain words: as written


def test_a_method_word_in_a_sentence_is_no_method_item(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC.format(roles_child="GET requests are cached for a minute"))
    assert ("GET", "/roles") not in ops
