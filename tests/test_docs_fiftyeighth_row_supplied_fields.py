"""A route table row whose description names what the caller supplies, in the fifty-eighth registry batch
(benchmarks/docs/registry_truth): `` | `GET`/`POST /v1/reports/year(/build)` | The default year, or any
`start_rule`/`end_rule` you supply | ``. The coded names before "you supply" are body fields of the row's one
request with a body (the POST on the long path), not required. A GET row's "the `id` you pass" and coded names not
said to be supplied give nothing."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

TABLE = """\
# Reports API

| Endpoint | What it answers |
|---|---|
| `GET`/`POST /v1/reports/year(/build)` | The default year, or any `start_rule`/`end_rule` you supply |
| `GET /v1/reports/item` | The report with the `ident` you pass |
| `POST /v1/reports/check` | Checks a `Report` document |
"""


def test_supplied_names_are_body_fields_of_the_bodied_request(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, TABLE)
    assert params_of(ops[("POST", "/v1/reports/year/build")]) == {
        ("start_rule", "body"): False,
        ("end_rule", "body"): False,
    }
    assert params_of(ops[("GET", "/v1/reports/year")]) == {}


def test_unbodied_rows_and_unsupplied_names_give_nothing(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, TABLE)
    assert ("ident", "body") not in params_of(ops[("GET", "/v1/reports/item")])
    assert params_of(ops[("POST", "/v1/reports/check")]) == {}
