"""Example bodies under a route heading, in several labelled modes, in the fifty-fifth registry batch
(benchmarks/docs/registry_truth): `### POST /runs` over "**Standalone mode:**" and "**Partner mode:**" JSON
bodies that give `"mode"` a value each, a "Rules:" list ("Exactly one of `total_count` or `duration_seconds`
must be non-null"), then "**Response `201`:**". The response label naming its status marks the examples before
it as the request; the body is the union of the variants' keys, plus the alternative the rule names, neither
alternative required (either will do), though every example sends one of them. A JSON example with no response
label after it stays unread as before; a rule naming no field the body sends gives nothing."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

MODES = """\
# Admin API

### `POST /runs`

Start a run. Returns a `run_id` at once.

**Standalone mode:**
```json
{ "mode": "standalone", "target": "https://example.test/hook", "method": "POST", "total_count": 10 }
```

**Partner mode** (needs an uploaded payload):
```json
{ "mode": "partner", "target": "https://example.test/hook", "partner": "acme", "total_count": 10 }
```

Rules:
- Exactly one of `total_count` or `duration_seconds` must be non-null.
- Output is either `json` or `yaml`.

**Response `201`:**
```json
{ "run_id": "<uuid>", "status": "pending" }
```

### `POST /templates`

Save a config as a named template.

```json
{ "name": "My template", "config": { ... } }
```

**Response `201`:** `{ "template_id": "...", "name": "..." }`
"""


def test_labelled_mode_bodies_give_their_union_and_the_alternatives(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, MODES)
    assert params_of(ops[("POST", "/runs")]) == {
        ("mode", "body"): True,  # sent by every example of differing keys: required, as the examples show
        ("target", "body"): True,
        ("method", "body"): False,
        ("partner", "body"): False,
        ("total_count", "body"): False,
        ("duration_seconds", "body"): False,
    }


def test_a_body_before_a_status_labelled_response_is_the_request(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, MODES)
    assert params_of(ops[("POST", "/templates")]) == {("name", "body"): False, ("config", "body"): False}


def test_a_body_with_no_response_label_after_it_is_not_taken(tmp_path: Path) -> None:
    text = MODES.split("### `POST /templates`")[1].split("**Response", maxsplit=1)[0]
    ops = extracted_operations(tmp_path, "# Admin API\n\n### `POST /templates`" + text)
    assert params_of(ops[("POST", "/templates")]) == {}
