"""A PUT's body shown as its resource in the twenty-third registry batch (benchmarks/docs/registry_truth): a PUT on a
named resource and, under a heading naming that resource, one JSON object. Each rule is written for the structure
a page uses, not for the project that showed it first."""

from __future__ import annotations

from pathlib import Path

from operations import extracted_paths, params_of

EMULATOR = """\
# Emulator

## Outage plans

Start the emulator with `emulator start --plan plan.json`.

```json
{
  "seed": 7,
  "outages": [{"service": "queue", "minutes": 5}],
  "latency": {"mean_ms": 40}
}
```

## Control API

| Method and path | Purpose |
|---|---|
| `GET /_admin/health` | Status of the emulator |
| `PUT /_admin/plan` | Replace the plan |
| `PUT /_admin/limits` | Replace the limits |
| `POST /_admin/snapshot` | Take a snapshot |

## Limits

```json
{"max_jobs": 10}
```

## More limits

```json
{"max_queue": 50}
```

## Snapshots

```json
{"label": "before"}
```
"""


def test_a_put_takes_the_json_object_shown_under_the_heading_naming_its_resource(tmp_path: Path) -> None:
    """`PUT /_admin/plan` beside an "Outage plans" section holding one JSON object and naming no request: the
    object is the plan the PUT replaces, its top-level keys the body's fields, none required. Where two
    headings name the resource ("Limits", "More limits") which one is meant is not said, and a POST's body is
    not read from what it creates ("Snapshots")."""
    paths = extracted_paths(tmp_path, "README.md", EMULATOR)
    assert params_of(paths["/_admin/plan"]["put"]) == {
        ("seed", "body"): False,
        ("outages", "body"): False,
        ("latency", "body"): False,
    }
    assert params_of(paths["/_admin/limits"]["put"]) == {}
    assert params_of(paths["/_admin/snapshot"]["post"]) == {}
