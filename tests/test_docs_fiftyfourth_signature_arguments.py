"""A table row pairing a client library's call signature with the read it sends, in the fifty-fourth registry batch
(benchmarks/docs/registry_truth): `match_team(provider, name, sport=None)` | `GET /api/match/team`. When the path
has no placeholder for a positional argument to fill, the arguments can only travel in the query: each is a query
parameter, required where the signature gives no default. An argument that is the bag of parameters itself
(`search_params`) is none, but the keys of the dict literal an example call passes in its place are; a path
ending in a bare `/*` quoted beside routes stated under it is no route of its own."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

TABLE = """\
# Client

```python
shops = client.shops(True, {"city": "Lyon", "open": 1})
```

## Methods

| Method | Path |
| --- | --- |
| `shops(from_now, search_params)` | `GET /api/shops` |
| `match_team(provider, name, sport=None)` | `GET /api/match/team` |
| `get_shop(shop_id)` | `GET /api/shops/{id}` |

Billed routes are `GET /api/shops` and `/api/match/*`.
"""


def test_positional_arguments_of_a_read_without_placeholders_are_its_query(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, TABLE)
    assert params_of(ops[("GET", "/api/match/team")]) == {
        ("provider", "query"): True,
        ("name", "query"): True,
        ("sport", "query"): False,
    }


def test_the_keys_of_a_passed_mapping_are_the_query_of_the_bag(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, TABLE)
    assert params_of(ops[("GET", "/api/shops")]) == {
        ("from_now", "query"): True,
        ("city", "query"): False,
        ("open", "query"): False,
    }


def test_a_positional_argument_may_fill_a_placeholder_and_a_wildcard_is_no_route(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, TABLE)
    assert ("shop_id", "query") not in params_of(ops[("GET", "/api/shops/{id}")])
    assert not any("*" in path for _, path in ops)
    alone = "# API\n\nStatic files are served at `GET /files/*`.\n\n- `GET /health`: liveness\n"
    assert ("GET", "/files/") in extracted_operations(tmp_path, alone)  # a catch-all no stated route falls under
