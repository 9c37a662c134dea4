"""Form fields in a diagram box, in the forty-fifth registry batch (benchmarks/docs/registry_truth): a Mermaid
flowchart of a page's templates whose create/edit box lists, on lines joined by `<br/>`, the form's field names
(`fields: title · enabled`, `Source: source_id · source_path`) and the routes the form sends to
(`POST /api/jobs/ · PUT /api/jobs/{id}`), beside a table of the API's routes.

Each listed name is an optional body field of each route in the box that sends a body. A box of GET routes, or
one listing filter choices with no route, gives no field; a line of words ("Scripts & filters") names none."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

FORM_BOX = (
    '    body --> cem["<b>create_edit_modal.html</b><br/>fields: title · enabled<br/>Source: source_id · source_path'
    '<br/>Scripts & filters<br/>POST /api/jobs/ · PUT /api/jobs/{id}"]'
)

PAGE = f"""\
# Jobs page

```mermaid
flowchart TD
{FORM_BOX}
    body --> browse["<b>browse.html</b><br/>crumbs · dirs · files<br/>Download: GET /api/jobs/{{id}}/bundle"]
    header --> f3["Status<br/>new · ok · error"]
```

| Method | Path | Purpose |
|---|---|---|
| `POST` | `/api/jobs/` | create a job |
| `PUT` | `/api/jobs/{{id}}` | edit a job |
| `GET` | `/api/jobs/{{id}}/bundle` | download |
"""

FIELDS = {("title", "body"), ("enabled", "body"), ("source_id", "body"), ("source_path", "body")}


def test_the_names_a_form_box_lists_are_body_fields_of_its_write_routes(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, PAGE)
    assert params_of(ops[("POST", "/api/jobs/")]) == dict.fromkeys(FIELDS, False)
    assert params_of(ops[("PUT", "/api/jobs/{id}")]) == {("id", "path"): True, **dict.fromkeys(FIELDS, False)}


def test_a_box_of_read_routes_gives_no_fields(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, PAGE)
    assert params_of(ops[("GET", "/api/jobs/{id}/bundle")]) == {("id", "path"): True}
    assert not [key for key in ops if key[1] not in ("/api/jobs/", "/api/jobs/{id}", "/api/jobs/{id}/bundle")]
