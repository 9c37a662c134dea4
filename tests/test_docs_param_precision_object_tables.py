"""Parameter precision: field tables of a GET that describe a JSON object member by member (a row typed `object`
and its members under dotted names, `limits.max_width`) state the answer, not query parameters: a GET sends no
object with members. A table of plain names beside them (`verbose`) is still the GET's, and so is a dotted query
name with no object row above it (`filter.names`), a name the URL sends."""

from __future__ import annotations

from pathlib import Path

from operations import extracted_operations, params_of

OBJECT_TABLES = """\
# Server API

## Endpoints

#### `GET /v1/capabilities`

Returns the capabilities of the loaded model.

Top-level fields:

| Field | Type | Notes |
| --- | --- | --- |
| `model` | `object` | Loaded model metadata |
| `samplers` | `array<string>` | Available sampling methods |
| `limits` | `object` | Size limits |

`limits`

| Field | Type |
| --- | --- |
| `limits.max_width` | `integer` |
| `limits.max_height` | `integer` |

Options:

| Field | Type | Notes |
| --- | --- | --- |
| `verbose` | `boolean` | Adds the loader's settings |

#### `GET /v1/jobs`

Lists the jobs.

| Field | Type | Notes |
| --- | --- | --- |
| `filter.names` | `string` | Names to keep |
| `filter.states` | `string` | States to keep |
"""


def test_object_tables_of_a_get_are_its_answer(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, OBJECT_TABLES)
    assert params_of(ops[("GET", "/v1/capabilities")]) == {("verbose", "query"): False}
    assert set(params_of(ops[("GET", "/v1/jobs")])) == {("filter.names", "query"), ("filter.states", "query")}
