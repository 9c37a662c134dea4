"""A sentence opening with a request line in code that says the request accepts a named field, in the
forty-eighth registry batch (benchmarks/docs/registry_truth): "`POST /v1/jobs` accepts the optional
Studio/native `nativePayload` field." The name is an input of the request, in its body for a POST, optional as
the sentence says. A sentence whose coded names are not called a field or parameter ("accepts runs in `queued`
state") gives none."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

TABLE = """\
# API

| Method | Path | Purpose |
|---|---|---|
| POST | `/v1/runs` | submit a run |
| POST | `/v1/runs/{id}/stop` | stop a run |

`POST /v1/runs` accepts the optional vendor-specific `extraConfig` field. The server keeps it as given.

`POST /v1/runs/{id}/stop` accepts runs in `queued` or `running` state.
"""


def test_a_field_the_request_accepts_is_its_body_field(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, TABLE)
    assert params_of(ops[("POST", "/v1/runs")]) == {("extraConfig", "body"): False}


def test_accepted_values_are_not_fields(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, TABLE)
    assert params_of(ops[("POST", "/v1/runs/{id}/stop")]) == {("id", "path"): True}
