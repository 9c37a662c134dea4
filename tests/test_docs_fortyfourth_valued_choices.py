"""An `Accept` header shown with its value as what changes a route's answer, in the forty-fourth registry batch
(benchmarks/docs/registry_truth): `` `POST /validate` | Findings in prose, one line each. `Accept:
application/json` adds the mock's reading of the file ``. The header is an optional input of the route. A coded
`Content-Type: application/json` line, or an `Accept` header only mentioned, gives none."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

CHOSEN = """\
# Bank

| Surface | Endpoint | Notes |
| --- | --- | --- |
| Validate | `POST /validate` | Findings in prose, one line each. `Accept: application/json` adds the mock's reading |
| Upload | `POST /upload` | Send the file with `Content-Type: application/xml` and it is stored |
| Status | `GET /status` | The state, whatever `Accept: text/html` the browser sends is ignored |
"""


def test_an_accept_value_that_changes_the_answer_is_a_header_input(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, CHOSEN)
    assert params_of(ops[("POST", "/validate")]).get(("Accept", "header")) is False


def test_a_content_type_line_or_a_mentioned_accept_is_no_input(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, CHOSEN)
    assert not any(location == "header" for _, location in params_of(ops[("POST", "/upload")]))
    assert not any(location == "header" for _, location in params_of(ops[("GET", "/status")]))
