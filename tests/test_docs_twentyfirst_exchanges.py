"""Requests shown as sent, in the twenty-first registry batch (benchmarks/docs/registry_truth, FIRST_CONTACT.md
"After first contact (twenty-first batch)"). Each rule is written for the structure a page uses, not for the
project that showed it first."""

from __future__ import annotations

from pathlib import Path

from operations import extracted_paths, params_of

from mcpgen.ingest.docs.exchanges import shown_requests

PAGE_SYNTAX = """\
# Mock store

## Request syntax

### List a collection

`GET /[kind]` returns the records of the `kind` collection. It accepts 2 query parameters: `where` and `order`.

    GET /toys?where={"color":"red"}&order=["name","asc"]

    HTTP 1.1 200 OK
    Content-Type: application/json
    [{ "id": 1, "name": "Ball", "color": "red" }]

The `where` param is a serialized object literal.

    GET /toys?where={"color":"red"} // toys that are red
    GET /games?where={"names":['Go', 'Chess']} // games of either name

The `order` param is a serialized array literal.

    GET /games?order=["name","desc"] // games, last name first

### Fetch a record

`GET /[kind]/:id` returns one record, or a 404.

    GET /toys/3

    HTTP 1.1 200 OK
    Content-Type: application/json
    { "id": 3, "name": "Kite" }

### Create a record

`POST /[kind]` returns the new record with a status 201.

    POST /toys
    { "name": "Yo-yo" }

    HTTP 1.1 201 Created
    Location: /toys/4
    Content-Type: application/json
    { "id": 4, "name": "Yo-yo" }

### Remove a record

`DELETE /[kind]/:id` returns the removed record.

    DELETE /toys/3

    HTTP 1.1 200 OK
    Content-Type: application/json
    { "id": 3, "name": "Kite" }

### Singletons

A singleton, such as a profile, is one object, fetched, replaced or removed whole:

    GET /profile

    HTTP 1.1 200 OK
    Content-Type: application/json
    { "theme": "dark" }

    PUT /profile
    { "theme": "light" }

    HTTP 1.1 200 OK
    Content-Type: application/json
    { "theme": "light" }

    DELETE /profile

    HTTP 1.1 200 OK
"""


def test_request_lines_shown_with_their_responses_or_comments_are_examples_of_the_stated_templates(
    tmp_path: Path,
) -> None:
    """Code blocks of requests as sent (a request line, its body, then `HTTP 1.1 200 OK` and what came back; or
    request lines each followed by a `// comment` saying what they return) show the example data: `GET /toys`,
    `GET /games`, `GET /toys/3` are uses of `GET /[kind]` and `GET /[kind]/:id`, and their queries are the
    template's parameters."""
    paths = extracted_paths(tmp_path, "README.md", PAGE_SYNTAX)
    routes = {(p, m) for p, ops in paths.items() for m in ops}
    assert {("/{kind}", "get"), ("/{kind}/{id}", "get"), ("/{kind}", "post"), ("/{kind}/{id}", "delete")} <= routes
    assert not any(p.startswith(("/toys", "/games")) for p, _ in routes)
    assert params_of(paths["/{kind}"]["get"]) == {
        ("kind", "path"): True,
        ("where", "query"): False,
        ("order", "query"): False,
    }


def test_a_block_of_several_exchanges_is_several_requests_and_a_resource_no_template_fits_is_its_own(
    tmp_path: Path,
) -> None:
    """One block showing `GET /profile`, `PUT /profile` with its body and `DELETE /profile`, each answered: three
    requests. No stated template fits `PUT /profile` or `DELETE /profile` (those of PUT and DELETE take an id), so
    `/profile` is a resource of its own and its `GET` is not a value of `GET /[kind]`."""
    paths = extracted_paths(tmp_path, "README.md", PAGE_SYNTAX)
    assert set(paths["/profile"]) == {"get", "put", "delete"}
    assert set(paths["/{kind}"]) == {"get", "post"}


PAGE_ROUTES = """\
# Blog API

## Routes

    GET /posts // all posts
    GET /posts/:id // one post
    POST /posts // create a post
"""


def test_a_list_of_routes_with_a_comment_on_each_still_states_them(tmp_path: Path) -> None:
    """Comments after request lines make them examples only on example data (a query with its values): a list of
    routes commented route by route states those routes."""
    assert shown_requests("GET /posts // all posts\nPOST /posts // create a post") == []
    assert [r.target.path for r in shown_requests("GET /posts?tag=red // the red posts")] == ["/posts"]
    paths = extracted_paths(tmp_path, "README.md", PAGE_ROUTES)
    assert {(p, m) for p, ops in paths.items() for m in ops} == {
        ("/posts", "get"),
        ("/posts/{id}", "get"),
        ("/posts", "post"),
    }
