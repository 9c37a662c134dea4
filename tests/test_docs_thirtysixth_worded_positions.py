"""A concrete value shown once at a path position the document fills with names of sub-routes, in the thirty-sixth
registry batch (benchmarks/docs/registry_truth): curl commands, no template anywhere, to `/orders` (POST),
`/orders/cancel`, `/orders/open` and `/orders/9f3ac27be41d`. After a collection named as a route, one value is
usually a member's id (`/groups/data301/users` beside `GET /groups`); but where the document writes two or more
plain words at that position, the position names routes of their own, and the one value shown there is kept as
written: nothing shows it varying, and the document never names it. Without such words the value is still read
as a member's id."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations

PAGE = """\
# Orders

## Usage

```
curl -X POST -d '{"item":"pen"}' http://localhost:9000/orders
curl -X POST -d '{"id":"9f3ac27be41d"}' http://localhost:9000/orders/cancel
curl http://localhost:9000/orders/9f3ac27be41d
curl http://localhost:9000/orders/open
```
"""


def test_a_lone_value_among_named_sub_routes_is_kept_as_written(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, PAGE)
    assert set(ops) == {
        ("POST", "/orders"),
        ("POST", "/orders/cancel"),
        ("GET", "/orders/9f3ac27be41d"),
        ("GET", "/orders/open"),
    }


UNNAMED = """\
# Orders

## Usage

```
curl -X POST -d '{"item":"pen"}' http://localhost:9000/orders
curl http://localhost:9000/orders/9f3ac27be41d
curl http://localhost:9000/orders/open
```
"""


def test_a_lone_value_after_a_collection_without_named_sub_routes_is_a_member(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, UNNAMED)
    assert set(ops) == {("POST", "/orders"), ("GET", "/orders/{order}"), ("GET", "/orders/open")}
