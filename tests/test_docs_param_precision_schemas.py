"""Parameter precision: the schema definitions a rendered reference prints after its last operation are the API's
types, not that operation's inputs, even where the text keeps no heading levels (a PDF) and they run on inside the
last operation's section after a line "Schemas"."""

from __future__ import annotations

from pathlib import Path

from operations import extracted_operations, params_of

SCHEMAS_AFTER_THE_LAST_OPERATION = """\
# Pets API

## DELETE /pets/{petId}

Deletes a pet.

Input parameters

| Parameter | In | Type | Description |
|-----------|----|------|-------------|
| `petId` | path | integer | The pet to delete. |
| `reason` | query | string | Why it is deleted. |

Response 200 OK

Schemas

Pet

| Name | Type | Description |
|------|------|-------------|
| `id` | integer | The pet's id. |
| `name` | string | The pet's name. |
"""


def test_schemas_after_the_last_operation_are_not_its_parameters(tmp_path: Path) -> None:
    """A line that is only "Schemas" ends what the operation's section says about it: the tables after it
    define the API's types (`Pet`). The operation's own table before it stays."""
    ops = extracted_operations(tmp_path, SCHEMAS_AFTER_THE_LAST_OPERATION)
    assert params_of(ops[("DELETE", "/pets/{petId}")]) == {("petId", "path"): True, ("reason", "query"): False}
