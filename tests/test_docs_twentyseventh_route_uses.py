"""Uses of listed routes in running text, in the twenty-seventh registry batch (benchmarks/docs/registry_truth): a
page lists its routes as paths with descriptions, and a sentence opens one with a query, in code
(`/lookup?url=`) or as a link's address (`[log](http://demo.example/preview?uri=...)`): those names are the
route's query parameters. The rule is written for the structure a page uses, not for the project that showed it
first."""

from __future__ import annotations

from pathlib import Path

from operations import extracted_paths, params_of

LISTED_ROUTES = """\
# Gateway

## Routes

- `/lookup` - the main endpoint
- `/preview` - an optional preview page
- `/health` - liveness

## Using it

You can now reach the gateway on your domain as `/lookup?url=` with optional parameters.

The preview shows [this page](http://demo.example/preview?uri=http%3A%2F%2Fexample.com&theme=dark).
"""

STATED_ROUTES = """\
# Search service

## GET /search

Returns matches.

See also [the web search](https://www.example.org/search?q=cats).
"""


def test_a_sentence_opening_a_listed_route_with_a_query_names_its_query_parameters(tmp_path: Path) -> None:
    """`/lookup?url=` gives `/lookup` its `url`; the linked `/preview?uri=...&theme=dark` gives `uri` and `theme`."""
    paths = extracted_paths(tmp_path, "README.md", LISTED_ROUTES)
    assert set(paths) == {"/lookup", "/preview", "/health"}
    assert params_of(paths["/lookup"]["get"]) == {("url", "query"): False}
    assert params_of(paths["/preview"]["get"]) == {("uri", "query"): False, ("theme", "query"): False}
    assert params_of(paths["/health"]["get"]) == {}


def test_a_link_beside_a_route_stated_with_its_method_is_not_read_as_its_use(tmp_path: Path) -> None:
    """`GET /search` stated in a heading: a link to another site's `/search?q=` adds nothing."""
    paths = extracted_paths(tmp_path, "README.md", STATED_ROUTES)
    assert params_of(paths["/search"]["get"]) == {}
