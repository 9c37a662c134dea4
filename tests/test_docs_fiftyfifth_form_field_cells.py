"""A form field written the way `curl -F` writes it in a route table's notes cell, in the fifty-fifth registry
batch (benchmarks/docs/registry_truth): `| POST | /uploads | multipart `file=@photo.jpg` (+ optional `tag=x`) |`.
`name=@path` sends a file as the form field `name`, a body field; where the same cell calls another name
optional, the contrast makes the file the field the request cannot go without (with no such contrast, nothing
is said). A coded
`user=me@host` (an address, `@` not right after `=`) and a file field in a GET's cell are not body fields."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

TABLE = """\
# Server

| Method | Path | Notes |
|---|---|---|
| `GET` | `/files` | File list |
| `POST` | `/uploads` | {notes} |
"""


def test_a_file_field_is_a_required_body_field_and_an_optional_one_beside_it_is_not(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, TABLE.format(notes="multipart `file=@photo.jpg` (+ optional `tag=x`)"))
    assert params_of(ops[("POST", "/uploads")]) == {("file", "body"): True, ("tag", "body"): False}


def test_an_address_is_not_a_file_field(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, TABLE.format(notes="sends a copy to `user=me@host`"))
    assert params_of(ops[("POST", "/uploads")]) == {}


def test_a_file_field_of_a_get_is_not_a_body_field(tmp_path: Path) -> None:
    text = TABLE.format(notes="Upload").replace("| File list |", "| `file=@x.txt` |")
    ops = extracted_operations(tmp_path, text)
    assert ("file", "body") not in params_of(ops[("GET", "/files")])


def test_a_file_field_with_no_optional_one_beside_it_is_not_called_required(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, TABLE.format(notes="multipart `file=@photo.jpg`, `tag`"))
    assert params_of(ops[("POST", "/uploads")]).get(("file", "body")) is not True
