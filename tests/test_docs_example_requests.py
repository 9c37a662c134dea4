"""Example requests written on an example server: a coded request line with a full URL and example query values is
a use of a stated route, not a route of its own (seen in mysql-rest's README, an unscored registry document)."""

from __future__ import annotations

from pathlib import Path

from operations import extracted_paths, params_of

PAGE = """\
# Table server

## Routes

- `GET /api/:tableName` lists a table's rows
- `GET /api/:tableName/:id` reads one row
- `DELETE /api/:tableName/bulk` deletes rows by id

## Query options

- Rows that refer to this one:
  `GET http://localhost:15000/api/shop.orders?_refby=id,shop.lines,order_id`
- Sorted, highest score first:
  `GET http://localhost:15000/api/shop.orders?_sort=-score`
- Several rows at once:
  `DELETE http://localhost:15000/api/shop.orders/bulk?_ids=11,22,33`
"""


def test_full_url_examples_with_query_values_are_uses_of_the_stated_routes(tmp_path: Path) -> None:
    """`GET http://localhost:15000/api/shop.orders?_sort=-score` beside `GET /api/:tableName`: the table name is a
    value of the route's placeholder (a dotted one, `db.table`), the query names are the route's parameters."""
    paths = extracted_paths(tmp_path, "README.md", PAGE)
    assert sorted((m, p) for p, ops in paths.items() for m in ops) == [
        ("delete", "/api/{tableName}/bulk"),
        ("get", "/api/{tableName}"),
        ("get", "/api/{tableName}/{id}"),
    ]
    assert {("_refby", "query"), ("_sort", "query")} <= set(params_of(paths["/api/{tableName}"]["get"]))
    assert ("_ids", "query") in params_of(paths["/api/{tableName}/bulk"]["delete"])
