"""A query-parameter list under a collection's route and its item's route, in the fortieth registry batch
(benchmarks/docs/registry_truth): a fenced block of two bare request lines, `GET /api/visits/` and
`GET /api/visits/{id}/`, then "**Query Parameters:**" over a bullet list of filters. The list narrows the
collection: its names go to the collection's GET, not to the item's. Two routes that are not a collection and its
item, or a list naming the item's placeholder, give the list to neither by this rule."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
# Visits

## Visit log

### API Endpoint

```
GET /api/visits/
GET {second}
```

**Query Parameters:**
- `{first_name}`: Filter by arrival time greater than or equal
- `room_id`: Filter by room ID

---

## Other notes

Nothing here.
"""


def test_the_filters_go_to_the_collection(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC.format(second="/api/visits/{id}/", first_name="arrived__gte"))
    assert params_of(ops[("GET", "/api/visits/")]) == {("arrived__gte", "query"): False, ("room_id", "query"): False}
    assert params_of(ops[("GET", "/api/visits/{id}/")]) == {("id", "path"): True}


def test_two_collections_take_no_filters_by_this_rule(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC.format(second="/api/rooms/", first_name="arrived__gte"))
    assert params_of(ops[("GET", "/api/visits/")]) == {}
    assert params_of(ops[("GET", "/api/rooms/")]) == {}


def test_a_list_naming_the_item_placeholder_is_not_the_collections(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC.format(second="/api/visits/{id}/", first_name="id"))
    assert ("room_id", "query") not in params_of(ops[("GET", "/api/visits/")])
