"""Route lists stating a route beside a longer one ending the same way, in the sixty-ninth registry batch
(benchmarks/docs/registry_truth): "- GET `/ontology` Return top-level ontology index." in an endpoint list, and
"- GET `/explore/ontology`" in a list of demo pages. An item that opens with its request line and then describes
the route (a separator, or a sentence of its own) is an entry of a route list, not a sentence about a request
writing a route short (`short_mentions.py`); an item whose request line runs on in a clause ("- DELETE
/widget/{id} → 409 if ...") still does."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations

LISTED = """\
# Spatial service

## HTTP endpoints

- GET `/place/:source/:id`
  Return place metadata by source and id.

- GET `/ontology/:class/:type`
  Return ontology entries for a class/type pair.

Demo pages:
- GET `/explore/place/:source/:id`
- GET `/explore/ontology/:class/:type`
"""

RUNNING = """\
# Stock

## Key Endpoints

```
GET/DELETE /api/stock/v4/widget/{id}
```

## Integrity

- DELETE /widget/{id} → 409 if any order references it
"""


def test_described_route_items_are_routes_of_their_own(tmp_path: Path) -> None:
    assert set(extracted_operations(tmp_path, LISTED)) == {
        ("GET", "/place/{source}/{id}"),
        ("GET", "/ontology/{class}/{type}"),
        ("GET", "/explore/place/{source}/{id}"),
        ("GET", "/explore/ontology/{class}/{type}"),
    }


def test_a_request_line_running_on_in_a_clause_is_still_short(tmp_path: Path) -> None:
    assert set(extracted_operations(tmp_path, RUNNING)) == {
        ("GET", "/api/stock/v4/widget/{id}"),
        ("DELETE", "/api/stock/v4/widget/{id}"),
    }
