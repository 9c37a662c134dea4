"""A route table's Parameters column listing the names each row's request takes, in the sixtieth registry batch
(benchmarks/docs/registry_truth): an reStructuredText grid table `Route | HTTP Method | Parameter | Description`
whose Parameter cells run over several lines with trailing commas (`page,` / `page_size`). Each name is an input
of the row's request: in the query of a read, in the body of a write, as the method decides where the column does
not say; a last item of several words ("any other data") describes and names nothing. A cell of prose, a column
headed otherwise, and a "Path params" column (the path template holds those) give no parameter."""

from __future__ import annotations

from pathlib import Path

from mcpgen.ingest.docs.parameter_columns import listed_names
from tests.operations import extracted_operations, params_of

GRID = """\
Build server
============

Server API
----------

+------------------+-------------+-----------------+----------------------------+
| Route            | HTTP Method | Parameter       | Description                |
+==================+=============+=================+============================+
| /health          | GET         |                 | Whether the server is up   |
+------------------+-------------+-----------------+----------------------------+
| /builds          | GET         | offset,         | List the builds            |
|                  |             | limit           |                            |
+------------------+-------------+-----------------+----------------------------+
| /builds          | POST        | source_url,     | Queue a build              |
|                  |             | revision,       |                            |
|                  |             | any other data  |                            |
+------------------+-------------+-----------------+----------------------------+
| /builds/<build>  | DELETE      |                 | Cancel a build             |
+------------------+-------------+-----------------+----------------------------+
"""

MARKDOWN = """\
# Notes API

| Method | Path | Query parameters | Description |
|---|---|---|---|
| `GET` | `/notes` | `tag`, `author` (optional) | List notes |
| `POST` | `/notes` | `dry_run` | Create a note |

| Method | Path | Parameters | Notes |
|---|---|---|---|
| `GET` | `/tags` | Send the usual paging values, see below | List tags |
| `PUT` | `/tags/{tag}` | tag | Rename a tag |
| `GET` | `/authors` | none | List authors |

| Method | Path | Path params | Description |
|---|---|---|---|
| `GET` | `/users/{uid}` | userId=int | One user |
"""


def test_a_grid_tables_parameter_cell_lists_the_rows_inputs(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, GRID, name="README.rst")
    assert params_of(ops[("GET", "/builds")]) == {("offset", "query"): False, ("limit", "query"): False}
    assert params_of(ops[("POST", "/builds")]) == {("source_url", "body"): False, ("revision", "body"): False}
    assert params_of(ops[("DELETE", "/builds/{build}")]) == {("build", "path"): True}
    assert params_of(ops[("GET", "/health")]) == {}


def test_a_location_in_the_head_places_the_names(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, MARKDOWN)
    assert params_of(ops[("GET", "/notes")]) == {("tag", "query"): False, ("author", "query"): False}
    assert params_of(ops[("POST", "/notes")]) == {("dry_run", "query"): False}


def test_prose_a_word_for_nothing_and_a_placeholder_give_no_parameter(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, MARKDOWN)
    assert params_of(ops[("GET", "/tags")]) == {}
    assert params_of(ops[("GET", "/authors")]) == {}
    assert params_of(ops[("PUT", "/tags/{tag}")]) == {("tag", "path"): True}
    assert params_of(ops[("GET", "/users/{uid}")]) == {("uid", "path"): True}  # a path column: the template's


def test_a_list_ends_at_a_describing_item_and_needs_a_name_first() -> None:
    assert listed_names("`a` (required), b, any other data") == [("a", True), ("b", None)]
    assert listed_names("any other data, a") == []
    assert listed_names("JSON") == []
