"""A sentence that names a route by the words a route table describes it with and says which body fields it
expects, in the forty-second registry batch (benchmarks/docs/registry_truth): a table row
`| POST | /api/session | Authentication |` and, further on, "The authentication endpoint expects JSON with
`apikey` field".

The words name the one route described so; "expects JSON with `apikey` field" says the request cannot go
without that field: a required body field of that route. Words that name no route, or several, and routes that
send no body give no parameter."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
# Meter API

| Method | Path | Description |
|---|---|---|
| POST | /api/session | Authentication |
| GET | /api/readings | Readings |
| POST | /api/reset | Reset |
| POST | /api/reboot | Reset |

## Notes

- **Login**: The authentication endpoint expects JSON with `apikey` field.
- The readings endpoint expects JSON with `since` field.
- The reset endpoint expects JSON with `mode` field.
- The upload endpoint expects JSON with `file` field.
"""


def test_a_route_named_by_its_description_expects_a_required_body_field(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert params_of(ops[("POST", "/api/session")]) == {("apikey", "body"): True}


def test_words_naming_a_get_several_routes_or_none_give_no_parameter(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert params_of(ops[("GET", "/api/readings")]) == {}
    assert params_of(ops[("POST", "/api/reset")]) == {}
    assert params_of(ops[("POST", "/api/reboot")]) == {}
