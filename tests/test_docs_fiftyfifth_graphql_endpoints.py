"""A path the document calls its GraphQL endpoint, with no method beside it, in the fifty-fifth registry batch
(benchmarks/docs/registry_truth): "GraphQL endpoint **/api/v1/graphql**" under a "GraphQL" heading, after REST
routes written with their methods. A GraphQL service takes every query and mutation at that one route, POSTed
as JSON by the GraphQL-over-HTTP convention, so the route is a POST. "a GraphQL API" with no path, and a path the
sentence does not call the GraphQL endpoint, give no route."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations

DOC = """\
# Mock server

## REST routes

```
GET     /api/items
POST    /items
```

## GraphQL

{sentence}
"""


def test_the_graphql_endpoint_is_a_post(tmp_path: Path) -> None:
    for sentence in ("GraphQL endpoint **/api/graphql**", "The GraphQL endpoint is `/api/graphql`."):
        ops = extracted_operations(tmp_path, DOC.format(sentence=sentence))
        assert ("POST", "/api/graphql") in ops, sentence


def test_a_graphql_api_with_no_path_or_another_path_gives_no_route(tmp_path: Path) -> None:
    sentence = "The server also offers a GraphQL API; its schema is printed by `/api/schema-dump` at start."
    ops = extracted_operations(tmp_path, DOC.format(sentence=sentence))
    assert not any(path in ("/api/graphql", "/api/schema-dump") and method == "POST" for method, path in ops)
