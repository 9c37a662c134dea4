"""Operation tables in the twenty-eighth registry batch (benchmarks/docs/registry_truth): a pipe table per
resource group, headed `Request Type | Path | Action`, writes the method in lower case (`get`, `delete`) beside a
bare path; a column every cell of which is a method in any case, beside a path column, is read the same way
without a header naming it. A column of words only some of which are methods stays silent."""

from __future__ import annotations

from pathlib import Path

from operations import extracted_operations

DOC = """# Lock service client

## Operations

### Account

| Request Type | Path | Action | Implemented |
| ------------ | ---- | ------ | ----------- |
| get | /account | Get the account | `getAccount()` |
| post | /account | Update the account | not implemented yet |
| delete | /account/user/{accountUserId} | Delete a user | not implemented yet |

### Company

| Request Type | Path | Action | Implemented |
| ------------ | ---- | ------ | ----------- |
| get | /company | List companies | not implemented yet |
"""

UNNAMED = """# Routes

| Kind | Where | What |
| ---- | ----- | ---- |
| get | /locks/{lockId} | Read a lock |
| put | /locks | Create a lock |
"""

PROSE = """# Notes

Check the service with `GET /health`.

| Word | Example |
| ---- | ------- |
| get | /usr/bin |
| head | the first line |
"""


def _operations(tmp_path: Path, text: str) -> dict[tuple[str, str], list[str]]:
    return {
        key: [p["name"] for p in op.get("parameters", [])] for key, op in extracted_operations(tmp_path, text).items()
    }


def test_request_type_tables_in_lower_case_are_read(tmp_path: Path) -> None:
    ops = _operations(tmp_path, DOC)
    assert set(ops) == {
        ("GET", "/account"),
        ("POST", "/account"),
        ("DELETE", "/account/user/{accountUserId}"),
        ("GET", "/company"),
    }
    assert ops[("DELETE", "/account/user/{accountUserId}")] == ["accountUserId"]


def test_an_unnamed_column_of_lower_case_methods_beside_paths(tmp_path: Path) -> None:
    ops = _operations(tmp_path, UNNAMED)
    assert set(ops) == {("GET", "/locks/{lockId}"), ("PUT", "/locks")}
    assert ops[("GET", "/locks/{lockId}")] == ["lockId"]


def test_a_column_of_words_that_are_not_all_methods_stays_silent(tmp_path: Path) -> None:
    assert set(_operations(tmp_path, PROSE)) == {("GET", "/health")}
