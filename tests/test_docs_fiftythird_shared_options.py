"""A sentence giving several requests the same inputs, in the fifty-third registry batch
(benchmarks/docs/registry_truth): a `Route / What it does` table with two POST routes among GETs, then "Both routes
take the library's options: `lang`, `limit`, `strict`." Each named option is a body field of both POST routes (the
section's two requests that carry a body), and none of the GETs'. Request lines written as the subject ("`POST /a`
and `POST /b` accept: `x`") name the requests themselves. A sentence that says what the routes return, or "both
routes" where the section has three requests that carry a body, gives nothing."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

SHARED = """\
# Shrinker

## HTTP API

| Route | What it does |
| --- | --- |
| `POST /shrink` | Upload a picture |
| `POST /shrink-url` | Shrink the picture at a URL |
| `GET /status` | Health check |

Both routes take the library's options: `lang`, `limit`,
`strict`. Send them as form fields.

## Admin

| Route | What it does |
| --- | --- |
| `POST /admin/flush` | Empty the cache |
| `PUT /admin/limits` | Set the limits |

`POST /admin/flush` and `PUT /admin/limits` accept these fields: `reason`, `dry_run`.
"""


def test_both_routes_take_the_named_options(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, SHARED)
    for route in (("POST", "/shrink"), ("POST", "/shrink-url")):
        assert {("lang", "body"), ("limit", "body"), ("strict", "body")} <= set(params_of(ops[route]))
    assert params_of(ops[("GET", "/status")]) == {}
    for route in (("POST", "/admin/flush"), ("PUT", "/admin/limits")):
        assert {("reason", "body"), ("dry_run", "body")} <= set(params_of(ops[route]))


NOT_SHARED = """\
# Shrinker

## HTTP API

| Route | What it does |
| --- | --- |
| `POST /shrink` | Upload a picture |
| `POST /shrink-url` | Shrink the picture at a URL |
| `POST /shrink-batch` | Shrink several pictures |

Both routes return the same fields: `width`, `height`.
Both routes take the library's options: `lang`, `limit`.
"""


def test_a_returned_field_or_an_unclear_both_gives_nothing(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, NOT_SHARED)
    for route in (("POST", "/shrink"), ("POST", "/shrink-url"), ("POST", "/shrink-batch")):
        assert params_of(ops[route]) == {}
