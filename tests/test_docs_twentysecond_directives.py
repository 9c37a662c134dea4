"""reStructuredText directives of the twenty-second registry batch (benchmarks/docs/registry_truth): a directive
borrowed to list routes, its argument a path and its fields the HTTP methods served there. Each rule is written
for the structure a page uses, not for the project that showed it first."""

from __future__ import annotations

from pathlib import Path

from operations import extracted_paths, params_of

ROUTES = """\
Web API
=======

Routes
------

.. option:: /boards/

   *Board list*

   :GET: List the boards you can see.
   :POST: Create a board.

.. setting:: /boards/{board-id}/

   :GET: Show one board.
   :DELETE: Remove the board.

.. option:: /boards/{board-id}/export/
   :GET: The board as CSV.

Settings
--------

.. option:: page_size

   :type: number
   :default: 20

   How many boards one page lists.
"""


def test_a_directive_with_a_path_argument_and_method_fields_is_one_operation_per_method(tmp_path: Path) -> None:
    """`.. confval:: /boards/` (any directive) over `:GET: ...` / `:POST: ...` fields (or options): each method
    field is an operation on the argument's path; a directive whose argument is a name, with `:type:` and
    `:default:` fields, describes a setting, not a route."""
    paths = extracted_paths(tmp_path, "api.rst", ROUTES)
    assert {path: set(ops) for path, ops in paths.items()} == {
        "/boards/": {"get", "post"},
        "/boards/{board-id}/": {"get", "delete"},
        "/boards/{board-id}/export/": {"get"},
    }
    assert params_of(paths["/boards/{board-id}/"]["delete"]) == {("board-id", "path"): True}


EXPORT = """\
# Boards

## Export a board

```
GET /boards/{id}/export
```

The board as CSV. If `header` is present as a query parameter, the first row names the columns. Pass `sep` as
a query argument to choose another separator.
"""


def test_a_coded_name_said_to_be_given_as_a_query_parameter_is_one(tmp_path: Path) -> None:
    """ "If `header` is present as a query parameter, ...", "Pass `sep` as a query argument": each is an optional
    query parameter of the request the sentence describes."""
    paths = extracted_paths(tmp_path, "boards.md", EXPORT)
    assert params_of(paths["/boards/{id}/export"]["get"]) == {
        ("id", "path"): True,
        ("header", "query"): False,
        ("sep", "query"): False,
    }
