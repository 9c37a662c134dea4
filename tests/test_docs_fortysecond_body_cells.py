"""A route table's Body column that names what a request sends instead of sketching one JSON object, in the
forty-second registry batch (benchmarks/docs/registry_truth): `POST /api/print/pdf | multipart `file=@doc.pdf`,
`page``, and `POST /api/print/text | JSON `{"text": "..."}` (optional `font_size`, `fit`; ...)`. A coded field
name, or a coded `name=value` as `curl -F` writes a form field, in the Body cell of a request with a body is a
field of it; "optional `a`, `b`" marks those optional, and then the fields the cell names without the mark are
required (nothing is said where nothing is marked). A type word, a capitalised model name and a query string in
the cell, a GET's cell, and coded names in another column (what the route returns) give no body field."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
# Scans API

| Method & path | Body | Purpose |
| --- | --- | --- |
| `POST /v1/scans` | multipart `image=@scan.jpg`, `resolution` | Upload a scan |
| `POST /v1/notes` | JSON `{"title": "..."}` (optional `color`, `pinned`) | Create a note |
| `PUT /v1/notes/{id}` | JSON `{"title": "..."}` | Rename a note |
| `POST /v1/exports` | `ExportRequest` as `json` | Start an export; returns `job_id` |
| `GET /v1/notes` | `?limit=20` | List notes |
"""


def test_coded_names_in_a_body_cell_are_fields_and_optional_ones_make_the_rest_required(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert params_of(ops[("POST", "/v1/scans")]) == {("image", "body"): False, ("resolution", "body"): False}
    assert params_of(ops[("POST", "/v1/notes")]) == {
        ("title", "body"): True,
        ("color", "body"): False,
        ("pinned", "body"): False,
    }
    assert params_of(ops[("PUT", "/v1/notes/{id}")]) == {("id", "path"): True, ("title", "body"): False}


def test_type_words_models_queries_and_other_columns_give_no_body_field(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert params_of(ops[("POST", "/v1/exports")]) == {}
    assert params_of(ops[("GET", "/v1/notes")]) == {("limit", "query"): False}
