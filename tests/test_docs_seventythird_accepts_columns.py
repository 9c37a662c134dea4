"""A route table naming each task first and what each request accepts and returns, in the seventy-third registry
batch (benchmarks/docs/registry_truth): `Task | Method | Route | Accepts | Returns`, with "`username` and
`password` of user" in the POST row's Accepts cell. The method and path cells side by side after the task cell
state the row's request, and an Accepts column beside a Returns one says what the request takes in, as a Body
column does: its coded names are body fields (not marked required). An "Accepts" column without a Returns one
beside it (a content type's, a header's) is left."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
# Accounts

| Task | Method | Route | Accepts | Returns |
|------|--------|-------|---------|---------|
| Signing in | POST | /accounts/signin | `email` and `secret` of the account | The account and a session |
| Listing accounts | GET | /accounts | Nothing | An array of accounts |
"""

NO_RETURNS = """\
# Uploads

| Task | Method | Route | Accepts |
|------|--------|-------|---------|
| Uploading | POST | /uploads | `multipart` or `raw` bodies |
| Listing uploads | GET | /uploads | Nothing |
"""


def test_an_accepts_cell_beside_returns_names_body_fields(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert params_of(ops[("POST", "/accounts/signin")]) == {("email", "body"): False, ("secret", "body"): False}
    assert params_of(ops[("GET", "/accounts")]) == {}


def test_an_accepts_column_without_returns_is_left(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, NO_RETURNS)
    assert params_of(ops[("POST", "/uploads")]) == {}
