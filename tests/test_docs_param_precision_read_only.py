"""Parameter precision: a field the document marks read-only is set by the server (an id, a creation time, a
status) and sent by no request, so it is no argument of the generated tool, beside the fields a client sends."""

from __future__ import annotations

from pathlib import Path

from operations import extracted_operations, params_of

READ_ONLY_MARKED = """\
# Databases API

## PUT /servers/{serverName}/databases/{databaseName}

Creates or updates a database.

### Body

| Name | Type | Description |
|------|------|-------------|
| `location` | string | Resource location. |
| `collation` | string | The collation of the database. |
| `creationDate` | string | The creation date of the database. (read only) |
| `status` | string | Read-only. The status of the database. |

## GET /servers/{serverName}/databases

Lists databases.

### Query

| Name | Type | Description |
|------|------|-------------|
| `readonly` | boolean | Only databases opened in read-only mode. |
"""


def test_fields_marked_read_only_are_not_sent(tmp_path: Path) -> None:
    """`(read only)` after a description, or a description opening "Read-only.": the server's field, printed in
    the same table as what a client sends (OpenAPI renderers print `readOnly` properties so). A parameter whose
    description only mentions read-only access is kept."""
    ops = extracted_operations(tmp_path, READ_ONLY_MARKED)
    put = params_of(ops[("PUT", "/servers/{serverName}/databases/{databaseName}")])
    assert put == {
        ("serverName", "path"): True,
        ("databaseName", "path"): True,
        ("location", "body"): False,
        ("collation", "body"): False,
    }
    assert params_of(ops[("GET", "/servers/{serverName}/databases")]) == {
        ("serverName", "path"): True,
        ("readonly", "query"): False,
    }
