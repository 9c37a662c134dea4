"""Parameters a section gives to operations it links by name, in the eighty-first registry batch
(benchmarks/docs/registry_truth): routes registered in code one call a line under `// GET /cats` comments, passing
`cats.list` and `cats.search`, are the list and search operations; "## Search parameters" saying they go "in the
request body for [search operation](#search) or as query parameters ... for [list operation](#list)" gives its
`### limit` and `### skip` subsections to POST /cats/search as body fields and to GET /cats as query parameters.
A parameters section whose links say nothing of where the parameters go gives nothing."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

ROUTES = """\
# Cats

## Example

```js
export default function (fastify) {
  // GET /cats
  fastify.route(cats.list);
  // POST /cats/search
  fastify.route(cats.search);
  // GET /cats/:id
  fastify.route(cats.details);
}
```

## Operations

### List

Lists documents.

### Search

Searches documents.

"""

DOC = (
    ROUTES
    + """\
## Search parameters

The search parameters are supplied in the request body for [search operation](#search) or as query parameters in
the request URL for [list operation](#list).

### limit

`limit` takes a number.

### skip

`skip` takes a number.

## Total count parameter

`totalCount` takes a boolean.

Include it in the request body for [search operation](#search) or as a query parameter for [list operation](#list).
"""
)

NEAR_MISS = (
    ROUTES
    + """\
## Search parameters

The search parameters are the same for [search](#search) and [list](#list).

### limit

`limit` takes a number.
"""
)


def test_parameters_section_gives_linked_operations_their_parameters(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert params_of(ops[("GET", "/cats")]) == {
        ("limit", "query"): False,
        ("skip", "query"): False,
        ("totalCount", "query"): False,
    }
    assert params_of(ops[("POST", "/cats/search")]) == {
        ("limit", "body"): False,
        ("skip", "body"): False,
        ("totalCount", "body"): False,
    }
    assert params_of(ops[("GET", "/cats/{id}")]) == {("id", "path"): True}


def test_links_not_saying_where_parameters_go_give_nothing(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, NEAR_MISS)
    assert ("limit", "query") not in params_of(ops[("GET", "/cats")])
    assert ("limit", "body") not in params_of(ops[("POST", "/cats/search")])
