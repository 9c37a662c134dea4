"""A bullet list of bare coded paths a lead-in introduces as the API's endpoints, and a query string a sentence
says all of them take, in the forty-seventh registry batch (benchmarks/docs/registry_truth): "The server offers
these endpoints:" over `` - `/tokens`: ... ``, `` - `/shelves`: ... ``, `` - `/shelves/<shelf_id>`: ... ``; then
"all endpoints (except `/tokens`) ... if requested with the query string:" over a code block of
`?expand=true&meta=true` alone, and later a path alone in a code block, `/shelves?expand=true`, shown as a use.

That example states no route: the listed `/shelves` is still the list's (`introduced_paths`). The query string
is one every route takes, not required, save the route the sentence excepts (`shared_query_strings`). A query
block after a sentence about one endpoint, or a query shown inside a URL, gives no other route anything."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

PAGE = """\
# Shelf service

## Usage

The server offers these api endpoints:

- `/tokens`: Accepts a request with basic auth and returns a token.

- `/shelves`: Lists the attributes of the shelves collection.

- `/shelves/<shelf_id>`: Queries the attributes of one shelf.

{sentence}

```
?expand=true&meta=true
```

The expand key may also take a number. Accordingly, the request

```
/shelves?expand=true
```

returns everything at once.
"""

ALL = "Additionally, all api endpoints (except `/tokens`) add extra attributes if requested with the query string:"


def test_a_listed_path_shown_again_as_an_example_stays_a_route(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, PAGE.format(sentence=ALL))
    assert set(ops) == {("GET", "/tokens"), ("GET", "/shelves"), ("GET", "/shelves/{shelf_id}")}


def test_a_query_string_all_endpoints_take_goes_to_each_but_the_excepted(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, PAGE.format(sentence=ALL))
    assert params_of(ops[("GET", "/tokens")]) == {}
    assert params_of(ops[("GET", "/shelves")]) == {("expand", "query"): False, ("meta", "query"): False}
    assert params_of(ops[("GET", "/shelves/{shelf_id}")]) == {
        ("shelf_id", "path"): True,
        ("expand", "query"): False,
        ("meta", "query"): False,
    }


def test_a_query_string_one_endpoint_takes_stays_with_no_other(tmp_path: Path) -> None:
    one = "The `/tokens` endpoint also accepts the query string:"
    ops = extracted_operations(tmp_path, PAGE.format(sentence=one))
    assert ("meta", "query") not in params_of(ops[("GET", "/shelves/{shelf_id}")])
    assert ("meta", "query") not in params_of(ops[("GET", "/shelves")])
