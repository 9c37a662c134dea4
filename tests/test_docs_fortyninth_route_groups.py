"""Query parameters a sentence gives a group of routes it names, in the forty-ninth registry batch
(benchmarks/docs/registry_truth): a route table, then prose sections "The list endpoints (`/items`, `/users`)
accept optional `limit` and `offset` query parameters and always return the total in the `X-Total` response
header" and, later, "The list endpoints accept `sort` (one of `id`, `name`) and `order`". The paths in
parentheses define the group; the later sentence with the same words speaks of the same routes. Each name the
group accepts is an optional query parameter of each of its routes, not the response header named after "and
return", nor the values in parentheses. A group the page never named by its paths ("The admin endpoints accept
`token`") gives nothing."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

PAGE = """\
# Widget API

| Path | Method | Description |
|---|---|---|
| `/items` | GET | Items |
| `/items/{id}` | GET | One item |
| `/users` | GET | Users |
| `/stats` | GET | Statistics |

## Paging

The list endpoints (`/items`, `/users`) accept optional `limit` and `offset` query parameters and always return
the unpaged total in the `X-Total` response header.

## Sorting

The list endpoints accept `sort` (one of `id`, `name`) and `order` (`asc` or `desc`).

## Admin

The admin endpoints accept `token` as well.
"""

PAGED = {("limit", "query"): False, ("offset", "query"): False, ("sort", "query"): False, ("order", "query"): False}


def test_a_named_group_gets_what_it_accepts(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, PAGE)
    assert params_of(ops[("GET", "/items")]) == PAGED
    assert params_of(ops[("GET", "/users")]) == PAGED


def test_routes_outside_the_group_and_unnamed_groups_get_nothing(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, PAGE)
    assert params_of(ops[("GET", "/stats")]) == {}
    assert params_of(ops[("GET", "/items/{id}")]) == {("id", "path"): True}
