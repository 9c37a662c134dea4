"""Examples nested in the items of a route list, in the sixty-second registry batch
(benchmarks/docs/registry_truth): a README lists its routes as bullets of a bold method and a path in code, and
nests under each a bullet captioned only "sample JSON" (in its own language) over a JSON block. Each block is the
example of the route it was nested under: the write's object gives its body fields, a read's or a delete's
examples are what they answer. A caption that says "Response" keeps the block a response, and code after a list
whose items are no routes is left where it was."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

PAGE = """\
# Notes service

## Endpoints

- **POST** `/notes` - Tạo ghi chú mới.
  - **Ví dụ JSON**:
    ```json
    {
      "title": "Groceries",
      "body": {"text": "milk"}
    }
    ```

- **GET** `/notes/:id` - Lấy ghi chú.
  - **Ví dụ JSON**:
    ```json
    {"id": "1", "title": "Groceries"}
    ```

- **DELETE** `/notes/:id` - Xóa ghi chú.
  - **Ví dụ JSON**:
    ```json
    {"message": "deleted"}
    ```
"""


def test_a_sample_under_a_write_item_is_its_body(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, PAGE)
    assert set(ops) == {("POST", "/notes"), ("GET", "/notes/{id}"), ("DELETE", "/notes/{id}")}
    assert params_of(ops[("POST", "/notes")]) == {("title", "body"): False, ("body", "body"): False}
    assert params_of(ops[("GET", "/notes/{id}")]) == {("id", "path"): True}
    assert params_of(ops[("DELETE", "/notes/{id}")]) == {("id", "path"): True}


def test_a_block_captioned_as_a_response_gives_no_body(tmp_path: Path) -> None:
    page = PAGE.replace("**Ví dụ JSON**", "**Response**", 1)
    ops = extracted_operations(tmp_path, page)
    assert params_of(ops[("POST", "/notes")]) == {}


def test_code_under_a_list_of_no_routes_stays_where_it_was(tmp_path: Path) -> None:
    page = """\
# Notes service

## Endpoints

### POST `/notes`

Creates a note.

- **Setup**: install it.
  - **Example**:
    ```json
    {"title": "Groceries"}
    ```
- **Run**: start it.
"""
    ops = extracted_operations(tmp_path, page)
    assert set(ops) == {("POST", "/notes")}
