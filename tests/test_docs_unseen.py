"""Structures seen in documents read once as a new user would, never scored (FIRST_CONTACT.md "Unseen
documents"): each rule is written for the structure, not for the project that showed it."""

from __future__ import annotations

from pathlib import Path

from operations import params_of

from mcpgen.diagnostics import Diagnostics
from mcpgen.ingest.docs import extract_openapi

HTTPDOMAIN = """\
Team API
========

Authentication
^^^^^^^^^^^^^^
The token can then be placed in the header for requests to the other endpoints.

**Example request**:

.. sourcecode:: http

   POST /endpoint/ HTTP/1.1
   Content-Type: application/json
   Authorization: Token 9944b09199c62bcf9418ad846dd0e4bbdfc6ee4b

Pagination
^^^^^^^^^^
Links to the next page are in the 'Link' header.

.. sourcecode:: http

   GET /endpoint/ HTTP/1.1

   HTTP/1.1 200 OK
   Link: <https://example.com/endpoint/?page=2>; rel="next"

Teams
^^^^^

.. http:get:: /organizations/(int:organization_id)/teams/(int:team:id)/

    Get a team of an organization.

.. http:put:: /teams/(int:team_id)/users/(int:user_id)/

    Add an existing user to an existing team.

.. http:delete:: /teams/(int:team_id)/users/1/

    Remove a user from a team.

    **Example request**:

    .. sourcecode:: http

        DELETE /teams/2/users/1/ HTTP/1.1
"""


def test_httpdomain_typos_and_requests_shown_on_a_word_for_any_route(tmp_path: Path) -> None:
    """`(int:team:id)` (a colon typed for an underscore) is one placeholder, `{team_id}`, not literal text in the
    path; a directive written with its example's number (`/users/1/`) where its sibling declares
    `(int:user_id)` is that placeholder; `POST /endpoint/` and `GET /endpoint/`, shown for their headers under
    Authentication and Pagination, are no operations of the API."""
    doc = tmp_path / "http_api.rst"
    doc.write_text(HTTPDOMAIN, encoding="utf-8")
    paths = extract_openapi(doc, Diagnostics())["paths"]
    assert sorted((m, p) for p, ops in paths.items() for m in ops) == [
        ("delete", "/teams/{team_id}/users/{user_id}/"),
        ("get", "/organizations/{organization_id}/teams/{team_id}/"),
        ("put", "/teams/{team_id}/users/{user_id}/"),
    ]
    team = paths["/organizations/{organization_id}/teams/{team_id}/"]["get"]
    assert params_of(team) == {("organization_id", "path"): True, ("team_id", "path"): True}


OPTIONS_BY_HEADING = """\
# Snapshot server

Start it and ask for a page:

```
curl http://localhost:3000/render?url=https://www.example.com/
```

## Options

You can pass any of the following options as query parameters.

#### renderType

The type of content you want to pull off the page.

```
http://localhost:3000/render?renderType=html&url=https://www.example.com/
```

#### width

Screen width.

```
http://localhost:3000/render?width=990&url=https://www.example.com/
```
"""


def test_example_urls_of_a_route_a_curl_command_states_name_its_query_parameters(tmp_path: Path) -> None:
    """A page that states its route only by a curl command, then shows one URL per option under a heading named
    for it: each URL is a use of that route, and its query names are the route's parameters."""
    doc = tmp_path / "README.md"
    doc.write_text(OPTIONS_BY_HEADING, encoding="utf-8")
    paths = extract_openapi(doc, Diagnostics())["paths"]
    assert list(paths) == ["/render"]
    assert params_of(paths["/render"]["get"]) == {
        ("url", "query"): False,
        ("renderType", "query"): False,
        ("width", "query"): False,
    }


KEY_LINES = """\
# Block explorer

### Transactions for Multiple Addresses

GET method:
```
  /api/addrs/[:addrs]/txs[?from=&to=]
```

POST method:
```
  /api/addrs/txs
```

POST params:
```
addrs: 2NF2baYuJAkCKo5onjUKEPdARQkZ6SYyKd5,2NAre8sX2povnjy4aeiHKeEh97Qhn97tB1f
from (optional): 0
noSpent (option): 1 (will omit spent information per output)
```

### Transaction Broadcasting

POST method:
```
  /api/tx/send
```
POST params:
```
  rawtx: "signed transaction as hex string"

  eg

  rawtx: 01000000017b1eabe0209b1fe7941245
```
"""


def test_name_value_lines_under_a_params_label_are_the_parameters_of_that_methods_route(tmp_path: Path) -> None:
    """A code block of `name: value` lines under "POST params:" lists the form the request sends, a mark in
    brackets saying what is optional (so the unmarked are required); in a section showing a GET and a POST, the
    label's method says whose they are."""
    doc = tmp_path / "README.md"
    doc.write_text(KEY_LINES, encoding="utf-8")
    paths = extract_openapi(doc, Diagnostics())["paths"]
    assert params_of(paths["/api/addrs/txs"]["post"]) == {
        ("addrs", "body"): True,
        ("from", "body"): False,
        ("noSpent", "body"): False,
    }
    assert params_of(paths["/api/addrs/{addrs}/txs"]["get"]) == {
        ("addrs", "path"): True,
        ("from", "query"): False,
        ("to", "query"): False,
    }
    assert params_of(paths["/api/tx/send"]["post"]) == {("rawtx", "body"): False}


NOT_IMPLEMENTED = """\
# Search

The `@search` endpoint accepts `GET` requests.

`GET /db/{container}/@search` searches the container.

The POST request to `@search` endpoint is not implemented.

`POST /db/{container}/@search` with a JSON body.

`POST /db/{container}` creates an item.
"""


def test_a_request_the_text_says_is_not_implemented_is_no_operation(tmp_path: Path) -> None:
    """A sentence "The POST request to `@search` endpoint is not implemented.": POST on a route ending in `@search`
    is left out; the GET of that route and other POST routes stay."""
    doc = tmp_path / "search.md"
    doc.write_text(NOT_IMPLEMENTED, encoding="utf-8")
    paths = extract_openapi(doc, Diagnostics())["paths"]
    assert sorted((m, p) for p, ops in paths.items() for m in ops) == [
        ("get", "/db/{container}/@search"),
        ("post", "/db/{container}"),
    ]
