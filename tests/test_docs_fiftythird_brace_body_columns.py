"""A route table's Body column written as brace shapes of bare field names, in the fifty-third registry batch
(benchmarks/docs/registry_truth): `| Method | Endpoint | Body | Description |` rows whose Body cell is
`{url, wait_until?}`, `{selector}` or `{urls: [...]}`. Each cell lists the body's top-level fields, however few;
a `: value` keeps a name one field, nested braces included. The trailing `?` is the column's convention: where
any shape of the column marks optional fields so, the names left unmarked, in every row, are required; where no
shape marks any, nothing is said. A JSON example with quoted keys, an empty `{}` and a GET row give nothing, and
a table of library methods beside it (`goto(url)`) is no route."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

MARKED = """\
# Crawler server

| Method | Endpoint | Description |
|---|---|---|
| `open(url, wait)` | Library call | Opens a page |

## Server API

| Method | Endpoint | Body | Description |
|--------|----------|------|-------------|
| `GET` | `/status` | — | Server status |
| `POST` | `/pages` | `{}` | Open a page |
| `POST` | `/pages/{id}/visit` | `{address, wait_mode?}` | Visit an address |
| `POST` | `/pages/{id}/press` | `{target}` | Press an element |
| `POST` | `/pages/{id}/shot` | `{whole?}` | Take a picture |
| `POST` | `/fetch/many` | `{addresses: [...]}` | Fetch many |
| `POST` | `/fetch/query` | `{where: {a, b}, limit?}` | Query fetched pages |
"""

UNMARKED = """\
# Notes server

| Method | Path | Body | Description |
|---|---|---|---|
| `POST` | `/notes` | `{title, text}` | Create a note |
| `PUT` | `/notes/{id}` | `{"title": "Groceries"}` | Rename a note |
| `GET` | `/notes` | `{page}` | List notes |
"""


def test_each_brace_shape_gives_its_top_level_fields_with_need_from_the_columns_marks(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, MARKED)
    visit = params_of(ops[("POST", "/pages/{id}/visit")])
    assert visit[("address", "body")] is True and visit[("wait_mode", "body")] is False
    assert params_of(ops[("POST", "/pages/{id}/press")])[("target", "body")] is True  # one name, unmarked
    assert params_of(ops[("POST", "/pages/{id}/shot")])[("whole", "body")] is False
    assert params_of(ops[("POST", "/fetch/many")]) == {("addresses", "body"): True}
    assert params_of(ops[("POST", "/fetch/query")]) == {("where", "body"): True, ("limit", "body"): False}


def test_empty_bodies_get_rows_and_library_tables_give_nothing(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, MARKED)
    assert params_of(ops[("POST", "/pages")]) == {}
    assert params_of(ops[("GET", "/status")]) == {}
    assert not any("open" in path for _, path in ops)


def test_without_any_mark_no_field_is_required_and_json_examples_are_left_to_other_rules(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, UNMARKED)
    assert params_of(ops[("POST", "/notes")]) == {("title", "body"): False, ("text", "body"): False}
    assert ("page", "query") not in params_of(ops[("GET", "/notes")])
    assert ("page", "body") not in params_of(ops[("GET", "/notes")])
