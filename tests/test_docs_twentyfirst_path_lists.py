"""Structures of the twenty-first registry batch (benchmarks/docs/registry_truth, FIRST_CONTACT.md): a list of
paths a sentence introduces as endpoints, beside routes stated with methods. Each rule is written for the
structure a page uses, not for the project that showed it first."""

from __future__ import annotations

from pathlib import Path

from operations import extracted_paths, params_of

INTRODUCED = """\
# Kiln API

## Root

```shell
$ curl https://kiln.example.org/
```

## Firing

```shell
$ curl -X POST https://kiln.example.org/v1/firings -d '{"cone": 6}'
```

```shell
$ curl https://kiln.example.org/v1/cones
```

## Discovery files

This service also exposes two standard discovery endpoints:

- `/.well-known/openapi.json` — the OpenAPI description (same as `/openapi.json`).
- `/.well-known/security.txt` — whom to tell about a vulnerability.

Environment variables:

- `SECURITY_CONTACT` — the address `security.txt` gives.
- `KILN_PORT` — the port to listen on.
"""


def test_coded_paths_a_lead_in_calls_endpoints_are_get_routes(tmp_path: Path) -> None:
    """ "exposes two standard discovery endpoints:" over items that each open with a path in code: a GET route
    each (a path named only inside an item's description is none); the environment variables listed after them
    are no parameters of any route. Paths listed without a method state no route's method: in a document that
    states its routes only by curl commands, the curl of the root still states `GET /`."""
    paths = extracted_paths(tmp_path, "README.md", INTRODUCED)
    assert sorted((m, p) for p, ops in paths.items() for m in ops) == [
        ("get", "/"),
        ("get", "/.well-known/openapi.json"),
        ("get", "/.well-known/security.txt"),
        ("get", "/v1/cones"),
        ("post", "/v1/firings"),
    ]
    assert params_of(paths["/.well-known/openapi.json"]["get"]) == {}
    assert params_of(paths["/.well-known/security.txt"]["get"]) == {}
    assert params_of(paths["/v1/cones"]["get"]) == {}


RESTRICTED = """\
# Kiln API

## Routes

```
GET /v1/firings
POST /v1/firings
DELETE /v1/firings/{id}
```

## Authentication

Behind a token, the service has these routes:

- `/v1/firings` — every method.
- `/v1/firings/{id}` — deleting a firing.

The service still has these deprecated endpoints:

- `/v0/firings` — the first version.
- `/v0/cones` — the first version.
"""


def test_a_list_of_paths_stated_elsewhere_or_no_longer_offered_adds_no_route(tmp_path: Path) -> None:
    """Paths a lead-in lists that the document states with their methods elsewhere are those routes (no GET is
    added to a DELETE-only path); a list introduced as deprecated endpoints states none; nor does a list of paths
    under a lead-in that does not say the API has them ("so you can have both:")."""
    paths = extracted_paths(tmp_path, "README.md", RESTRICTED)
    assert sorted((m, p) for p, ops in paths.items() for m in ops) == [
        ("delete", "/v1/firings/{id}"),
        ("get", "/v1/firings"),
        ("post", "/v1/firings"),
    ]


BOTH = """\
# Mock server

## Routes

```
GET /_config
POST /_config
```

Parameterized routes are checked before regex routes, so you can have both:

- `/api/users/:id` - matches `/api/users/123`
- `/api/users` - matches the base path
"""


def test_paths_under_a_lead_in_that_does_not_say_the_api_has_them_are_no_routes(tmp_path: Path) -> None:
    """Paths listed after "so you can have both:" (routes a user configures, named with the word "routes") are
    not said to be this API's endpoints: nothing added."""
    paths = extracted_paths(tmp_path, "README.md", BOTH)
    assert sorted(paths) == ["/_config"]
