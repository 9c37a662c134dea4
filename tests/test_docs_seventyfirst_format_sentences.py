"""A request a sentence states by its method and the shape of its path, in the seventy-first registry batch
(benchmarks/docs/registry_truth): "make a POST call with the following format `/<new resource>/new`", the
placeholder written in words (`prose_requests.py`). A sentence that names the format of something other than a
call ("the log lines have the following format `/var/log/<name>`") states no request."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

SHAPED = """\
# Mock server

- **List**: `GET /products`
- **Create new resource**, make a POST call with the following format `/<new resource>/new`, example:

    ```bash
    /kittens/new
    ```
"""

NOT_A_CALL = """\
# Mock server

- **List**: `GET /products`
- **Logs**, the server writes its logs with the following format `/var/log/<log name>`.
"""


def test_a_call_of_the_following_format_is_a_request(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, SHAPED)
    assert set(ops) == {("GET", "/products"), ("POST", "/{new_resource}/new")}
    assert params_of(ops[("POST", "/{new_resource}/new")]) == {("new_resource", "path"): True}


def test_a_format_that_is_no_call_states_no_request(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, NOT_A_CALL)
    assert set(ops) == {("GET", "/products")}
