"""A route named in passing inside one item of a feature list, in the fifty-fifth registry batch
(benchmarks/docs/registry_truth): "## Features" lists "**Evaluation** — clicks reported by the host (`POST
/track`)" among other topics, one of which names coded options (`limit` / `category`). The list is no request's
section: its topic names and options are not the route's fields. A list whose item opens with the route keeps
the route and its parameters."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

FEATURES = """\
# Recommender

## Features

- **Batch** — scheduled training
- **Evaluation** — clicks reported by the host (`POST /track`), shown on a page
- **AutoML** — picks models per run
- **Serve** — top-K over HTTP (`limit` / `category`)

## Flow

The job writes rows; the server reads them.

## Serving

| Method | Path | Description |
| --- | --- | --- |
| `GET` | `/health` | Liveness |
| `POST` | `/track` | Clicks |
"""

OWN = """\
# Tracker

## Track

- `POST /track` — report clicks
- `limit` (optional): rows to keep
- `category` (optional): one category
- `source` (optional): the page
"""


def test_a_route_in_one_feature_item_gets_no_fields_from_the_list(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, FEATURES)
    assert params_of(ops[("POST", "/track")]) == {}


def test_a_list_mostly_about_its_route_keeps_it(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, OWN)
    assert params_of(ops[("POST", "/track")]) == {
        ("limit", "body"): False,
        ("category", "body"): False,
        ("source", "body"): False,
    }
