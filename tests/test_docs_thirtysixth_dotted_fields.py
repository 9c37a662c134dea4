"""Body fields a request table names with a dotted path, in the thirty-sixth registry batch
(benchmarks/docs/registry_truth): a field table of `POST /v1/decide` whose rows `policy.model`, `policy.backend`,
`policy.timeout_ms` ... are the members of one body object `policy`, which has no row of its own. The dotted rows
are read as members of that top-level field (and, where the object has a row, as its members, inside its items
when it is an array). A single dotted name with no row for its head may be a key holding a dot, and a query
parameter's dots are part of the name the URL sends: both are left as they are."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
# Runs API

## Endpoints

### `POST /v1/runs`

Request fields:

| Field | Type | Required | Description |
|---|---|---|---|
| `input` | string | yes | What to run |
| `limits.cpu` | int | no | CPU share |
| `limits.memory` | int | no | Memory in MB |
| `ports` | array | no | Ports to open |
| `ports.number` | int | yes | The port |

### `PUT /v1/settings`

Request fields:

| Field | Type | Required | Description |
|---|---|---|---|
| `index.refresh_interval` | string | no | How often to refresh |
| `replicas` | int | no | How many copies |

### `GET /v1/runs`

Query parameters:

| Parameter | Type | Required | Description |
|---|---|---|---|
| `filter.names` | string | no | Names to keep |
| `filter.states` | string | no | States to keep |
"""


def _body_schema(operation: dict) -> dict:
    return operation["requestBody"]["content"]["application/json"]["schema"]


def test_dotted_rows_are_members_of_one_body_object(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    run = ops[("POST", "/v1/runs")]
    assert params_of(run) == {("input", "body"): True, ("limits", "body"): False, ("ports", "body"): False}
    schema = _body_schema(run)
    assert set(schema["properties"]["limits"]["properties"]) == {"cpu", "memory"}
    assert set(schema["properties"]["ports"]["items"]["properties"]) == {"number"}


def test_a_lone_dotted_key_and_dotted_query_names_stay_as_they_are(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert params_of(ops[("PUT", "/v1/settings")]) == {
        ("index.refresh_interval", "body"): False,
        ("replicas", "body"): False,
    }
    assert params_of(ops[("GET", "/v1/runs")]) == {("filter.names", "query"): False, ("filter.states", "query"): False}
