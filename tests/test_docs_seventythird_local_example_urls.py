"""Example query URLs on the local server, in the seventy-third registry batch (benchmarks/docs/registry_truth): a
README whose routes are paths written as code in prose ("You can find data in `/api/v1/entries`"), with an
"Example Queries" list of full URLs in code on `http://localhost:1337` (`mentions._CODE_TEMPLATE`). Each is a route
of the documented server (GET, its query string its query parameters; a bracketed key `find[sgv]` is one `find`
parameter). A coded URL on another host (a hosting service, a tool's site), and the API's root alone on the local
server, are no routes of the page."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

PAGE = """\
# Glucose

## Glucose API

You can find readings in `/api/v1/entries`, treatments in `/api/v1/treatments`, and profiles in `/api/v1/profile`.

#### Example Queries

  * 100's: `http://localhost:1337/api/v1/entries.json?find[sgv]=100`
  * Counted: `http://localhost:1337/api/v1/count/entries/where?find[dateString][$gte]=2016-09&find[sgv]=100`
  * Corrections: `http://localhost:1337/api/v1/treatments.json?count=1000&find[carbs]=15`
"""

ELSEWHERE = """\
# Glucose

## Glucose API

You can find readings in `/api/v1/entries`, treatments in `/api/v1/treatments`, and profiles in `/api/v1/profile`.

The API is served at `http://127.0.0.1:1337/api/v1/`.
Deploy it on `https://dashboard.heroku.com/new?template=glucose` or read `https://example.org/wiki/setup.json`.
"""


def test_local_example_urls_are_routes_with_their_query(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, PAGE)
    assert ("GET", "/api/v1/entries.json") in ops
    assert ("GET", "/api/v1/count/entries/where") in ops
    assert params_of(ops[("GET", "/api/v1/entries.json")]) == {("find", "query"): False}
    assert params_of(ops[("GET", "/api/v1/treatments.json")]) == {("count", "query"): False, ("find", "query"): False}


def test_coded_urls_on_other_hosts_are_no_routes(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, ELSEWHERE)
    assert len(ops) == 3  # the three prose routes (under the base the root states), nothing from the URLs
    assert not any(path.strip("/") in ("", "api/v1", "new", "wiki/setup.json") for _, path in ops)
