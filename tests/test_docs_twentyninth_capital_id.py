"""Placeholders written as the capitalised word `ID` in the twenty-ninth registry batch
(benchmarks/docs/registry_truth): a user guide that names its routes in running text writes the value to fill in
as `ID` (`GET /api/notes/ID/comments?before=ID`, `DELETE /api/notes/ID`), the way other pages write `:id`, `<id>`
or `{id}`. The segment is the path parameter `id`; a literal segment in lower case stays a literal."""

from __future__ import annotations

from pathlib import Path

from operations import extracted_operations

PAGE = """\
# Notebook

## Comments

A note from the API carries its latest comments; agents page back with `GET
/api/notes/ID/comments?before=ID` only when they need older ones.

## Deleting notes

Humans can delete a whole note (the Delete button on its page, or
`DELETE /api/notes/ID`): its comments and its files go with it.

## Tags

Every tag is listed by `GET /api/tags/id` and created with `POST /api/tags`.
"""


def _operations(tmp_path: Path, text: str) -> dict[tuple[str, str], dict[str, str]]:
    return {
        key: {p["name"]: p["in"] for p in op.get("parameters", [])}
        for key, op in extracted_operations(tmp_path, text).items()
    }


def test_the_word_id_in_capitals_is_a_path_parameter(tmp_path: Path) -> None:
    ops = _operations(tmp_path, PAGE)
    assert ops[("GET", "/api/notes/{id}/comments")] == {"id": "path", "before": "query"}
    assert ops[("DELETE", "/api/notes/{id}")] == {"id": "path"}
    assert not any("/ID" in path for _, path in ops)


def test_a_lower_case_id_after_a_literal_stays_a_literal(tmp_path: Path) -> None:
    ops = _operations(tmp_path, PAGE)
    assert ("GET", "/api/tags/id") in ops
    assert ("POST", "/api/tags") in ops
