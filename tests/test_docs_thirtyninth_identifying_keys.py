"""A parameter named `key` described as what identifies an item, in the thirty-ninth registry batch
(benchmarks/docs/registry_truth): a group's parameter table row "`key` | Registry key identifying the DataArray.
If only one DataArray is registered the key may be omitted." A bare `key` is otherwise read as a credential (a
security scheme); described as the key identifying one of the service's items, it is the caller's choice of item,
an argument. One described as identifying the caller ("API key identifying your account") stays a credential."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
# Store API

## `GET /api/arrays/info`

Describe one stored array.

| Parameter | Description |
|---|---|
| `key` | Registry key identifying the array. May be omitted when only one is stored. |

## `GET /api/account`

Describe your account.

| Parameter | Description |
|---|---|
| `key` | API key identifying your account. |
"""


def test_a_key_identifying_an_item_is_an_argument(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert params_of(ops[("GET", "/api/arrays/info")]) == {("key", "query"): False}


def test_a_key_identifying_the_caller_stays_a_credential(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert params_of(ops[("GET", "/api/account")]) == {}
