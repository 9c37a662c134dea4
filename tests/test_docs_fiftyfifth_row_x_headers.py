"""A header a route table's description cell names by its `X-` name alone, in the fifty-fifth registry batch
(benchmarks/docs/registry_truth): `| GET | /metrics | Prometheus text (no bearer token; optional
`X-Metrics-Token`) |`. The `X-` prefix makes the coded name a header's, and "optional" says the request may send
it. A coded name without that prefix ("optional `verbose`") is not called a header."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

TABLE = """\
# Server

| Method | Path | Description |
| --- | --- | --- |
| `GET` | `/metrics` | Prometheus text (no bearer token; optional `X-Metrics-Token`) |
| `GET` | `/status` | Status page (optional `verbose`) |
"""


def test_an_x_named_header_in_a_row_is_the_routes_optional_header(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, TABLE)
    assert params_of(ops[("GET", "/metrics")]) == {("X-Metrics-Token", "header"): False}
    assert ("verbose", "header") not in params_of(ops[("GET", "/status")])
