"""The inputs a route table row's description names for a request that sends a body, in the fiftieth registry
batch (benchmarks/docs/registry_truth): "| `/api/workspaces` | POST | Register a workspace (name, path) |" in a
path-first table, and "| `POST` | `/{collection}` | Create a new item (auto-generates unique `id` if omitted) |"
in a method-first one.

A description ending on a parenthesis of bare lowercase words joined by commas names what the request is given;
a coded name the description says is filled in when omitted is one the request may send. Each is a body field
of the POST, PUT or PATCH, not required (`summary_inputs`). A parenthesis of one word or of other words, of coded
names (`parenthesized_filters` reads those), a list inside the sentence, or a GET, gets nothing."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

PAGE = """\
# Shelf server

## API

| Endpoint | Method | Description |
|----------|--------|-------------|
| `/api/shelves` | GET | List shelves (name, size) |
| `/api/shelves` | POST | {create} |
| `/api/shelves/<name>` | DELETE | Remove a shelf |

| Method | Endpoint | Description |
|--------|----------|-------------|
| `POST` | `/{{kind}}` | Create an item (generates a unique `id` if omitted) |
| `GET` | `/{{kind}}/{{id}}` | Read an item (`id` if omitted is the newest) |
"""


def test_a_trailing_parenthesis_of_names_gives_optional_body_fields(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, PAGE.format(create="Register a shelf (name, path)"))
    assert params_of(ops[("POST", "/api/shelves")]) == {("name", "body"): False, ("path", "body"): False}
    assert params_of(ops[("GET", "/api/shelves")]) == {}


def test_a_coded_name_filled_in_when_omitted_is_an_optional_body_field(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, PAGE.format(create="Register a shelf"))
    assert params_of(ops[("POST", "/{kind}")]) == {("kind", "path"): True, ("id", "body"): False}
    assert ("id", "body") not in params_of(ops[("GET", "/{kind}/{id}")])


def test_other_parentheses_give_nothing(tmp_path: Path) -> None:
    others = ("Register a shelf (admin only)", "Register a shelf (see below)", "Register (name, path) a shelf")
    for create in (*others, "Register a shelf (`name`, `path`)"):
        ops = extracted_operations(tmp_path, PAGE.format(create=create))
        assert params_of(ops[("POST", "/api/shelves")]) == {}, create
