"""Structures of hand-written API documentation first seen in the tenth registry batch
(benchmarks/docs/registry_truth/FIRST_CONTACT.md): each rule is written for the structure a page uses,
not for the project that showed it first."""

from __future__ import annotations

from pathlib import Path

from operations import extracted_paths as _paths
from operations import params_of

from mcpgen.diagnostics import Diagnostics
from mcpgen.ingest.docs import extract_openapi
from mcpgen.ingest.docs.quality import from_openapi


def test_a_media_or_length_header_a_parameter_table_lists_is_the_requests_parameter(tmp_path: Path) -> None:
    """Clients set Accept, Content-Type and Content-Length themselves, so an example's are dropped; a parameter
    table that lists one as the request's own, saying what it chooses, states a parameter."""
    table = "| Name | In | Type | Description |\n|---|---|---|---|\n"
    paths = _paths(
        tmp_path,
        "objects.md",
        "# Objects\n\n## List the objects\n\n`GET /v1/{bucket}`\n\n"
        + table
        + "| bucket | path | string | The bucket. |\n"
        "| Accept | header | string | Set to `text/xml` or `application/json` to choose the listing format. |\n\n"
        "## Write an object\n\n`PUT /v1/{bucket}/{name}`\n\n"
        + table
        + "| bucket | path | string | The bucket. |\n| name | path | string | The object. |\n"
        "| Content-Length | header | integer | The length of the object in bytes. |\n\n"
        "```\ncurl -X PUT -H 'Accept: text/plain' -H 'User-Agent: me' https://api.example.com/v1/b/o\n```\n",
    )
    assert params_of(paths["/v1/{bucket}"]["get"]) == {("bucket", "path"): True, ("Accept", "header"): False}
    assert params_of(paths["/v1/{bucket}/{name}"]["put"]) == {
        ("bucket", "path"): True,
        ("name", "path"): True,
        ("Content-Length", "header"): False,
    }


def test_the_score_keeps_a_listed_media_header_only_when_asked() -> None:
    """OpenAPI says to ignore header parameters named Accept, Content-Type and Authorization; an extraction's
    are kept for a hand-written truth that lists them (Authorization never: a credential)."""
    spec = {
        "openapi": "3.0.0",
        "paths": {
            "/v1/{a}": {
                "get": {
                    "parameters": [
                        {"name": "a", "in": "path", "required": True},
                        {"name": "Accept", "in": "header"},
                        {"name": "Authorization", "in": "header"},
                    ]
                }
            }
        },
    }
    assert from_openapi(spec)[("GET", "/v1/{}")] == {("a", "path"): True}
    assert from_openapi(spec, media_headers=True)[("GET", "/v1/{}")] == {
        ("a", "path"): True,
        ("accept", "header"): False,
    }


def test_a_delete_whose_parameter_table_places_fields_in_the_body_has_a_body(tmp_path: Path) -> None:
    """A DELETE usually takes no body, so fields without a place become query parameters; a table whose In
    column says `body` states the body."""
    table = "| Name | In | Type | Required | Description |\n|---|---|---|---|---|\n"
    paths = _paths(
        tmp_path,
        "services.md",
        "# Services\n\n## Remove a service\n\n`DELETE /v1/services`\n\n"
        + table
        + "| host | body | string | yes | The host of the service. |\n"
        "| binary | body | string | yes | The service's binary. |\n\n"
        "## Remove a worker\n\n`DELETE /v1/workers`\n\n"
        + table
        + "| force | query | boolean | no | Remove it even when busy. |\n",
    )
    assert params_of(paths["/v1/services"]["delete"]) == {("host", "body"): True, ("binary", "body"): True}
    assert params_of(paths["/v1/workers"]["delete"]) == {("force", "query"): False}
    assert "requestBody" not in paths["/v1/workers"]["delete"]


def test_an_os_api_ref_request_line_whose_path_is_quoted_as_inline_code(tmp_path: Path) -> None:
    """`.. rest_method:: POST `/v2/tasks``: the directive reads its argument raw, so the backticks are the
    writer's quoting of the path, not part of it; the parameter list after it is that request's."""
    (tmp_path / "parameters.yaml").write_text(
        "reason:\n  description: Why.\n  in: body\n  required: true\n  type: string\n"
        "order:\n  description: Sort order.\n  in: query\n  required: false\n  type: string\n",
        encoding="utf-8",
    )
    (tmp_path / "index.rst").write_text(
        "Tasks\n=====\n\nCreate a task\n-------------\n\n.. rest_method::  POST `/v2/tasks`\n\n"
        ".. rest_parameters:: parameters.yaml\n\n   - reason: reason\n\n"
        "List tasks\n----------\n\n.. rest_method::  GET ``/v2/tasks``\n\n"
        ".. rest_parameters:: parameters.yaml\n\n   - order: order\n",
        encoding="utf-8",
    )
    paths = extract_openapi(tmp_path / "index.rst", Diagnostics())["paths"]
    assert sorted(paths) == ["/v2/tasks"]
    assert params_of(paths["/v2/tasks"]["post"]) == {("reason", "body"): True}
    assert params_of(paths["/v2/tasks"]["get"]) == {("order", "query"): False}


def test_a_request_said_to_mean_another_is_the_pages_notation_not_a_route(tmp_path: Path) -> None:
    """A base-URL page explains its short-hand: "``GET /containers`` really means ``GET {your_url}/containers``";
    neither request is a route. A request said to mean something in words still states one."""
    paths = _paths(
        tmp_path,
        "api.md",
        "# Base URLs\n\nFor the rest of this document we use short hand where `GET /containers` really means "
        "`GET {your_url}/containers`, and `POST /x` stands for `POST {your_url}/x`.\n\n"
        "# Pets\n\n`GET /pets` means listing every pet.\n\n## Delete a pet\n\n`DELETE /pets/{id}`\n",
    )
    assert sorted((m, p) for p, ops in paths.items() for m in ops) == [("delete", "/pets/{id}"), ("get", "/pets")]


def test_a_method_stated_over_an_instance_of_the_path_its_section_is_titled_by(tmp_path: Path) -> None:
    """Sections titled by a path, placeholders in emphasis, and sentences giving a method over an example
    of it: each such sentence states the titled route; an instance of another route, or a sentence naming
    no example, states nothing."""
    paths = _paths(
        tmp_path,
        "rest.rst",
        "API\n===\n\n/summary\n--------\n\nThe summary is reached via ``/summary`` via the ``GET`` method.\n\n"
        "/data/\\ *class*/\\ *id* item\n---------------------------\n\n"
        "When you use the ``GET`` method on an item (e.g. ``/data/issue/42``), the item is returned.\n\n"
        "Other methods\n~~~~~~~~~~~~~\n\n"
        "The method ``PUT`` is allowed on items, e.g. ``/data/issue/42`` On success it returns what the "
        "``GET`` method does. Items also take ``POST``, as the next section says.\n\n"
        "/data/\\ *class*/\\ *id*/\\ *property* field\n-----------------------------------------\n\n"
        "The ``PATCH`` method can be applied to properties, e.g., ``/data/issue/42/title``. The ``GET`` "
        "method on an item (e.g. ``/data/issue/43``) returns its etag.\n",
    )
    assert sorted((m, p) for p, ops in paths.items() for m in ops) == [
        ("get", "/data/{class}/{id}"),
        ("get", "/summary"),
        ("patch", "/data/{class}/{id}/{property}"),
        ("put", "/data/{class}/{id}"),
    ]
    assert params_of(paths["/data/{class}/{id}"]["put"]) == {("class", "path"): True, ("id", "path"): True}


def test_examples_under_a_prefix_the_page_says_it_leaves_out_are_examples_of_its_routes(tmp_path: Path) -> None:
    """Where "paths below have /rest removed for brevity", an example request to `.../demo/rest/data/issue/23` is
    one of `PUT /data/{class}/{id}` (its headers and body are that route's); one that fits no route stated
    for its method stays as written."""
    curl = "    curl -X {method} -H 'If-Match: abc' --data 'title=x' https://example.com/demo/rest{path}\n\n"
    paths = _paths(
        tmp_path,
        "rest.rst",
        "API\n===\n\nPaths below will have /rest removed for brevity.\n\n"
        "/data/\\ *class*/\\ *id* item\n---------------------------\n\n"
        "The method ``PUT`` is allowed on items, e.g. ``/data/issue/42``.\n\n"
        "Examples\n--------\n\nChanging a title::\n\n"
        + curl.format(method="PUT", path="/data/issue/23")
        + "Creating a link::\n\n"
        + curl.format(method="POST", path="/data/issue/@poe"),
    )
    assert sorted((m, p) for p, ops in paths.items() for m in ops) == [
        ("post", "/demo/rest/data/issue/@poe"),
        ("put", "/data/{class}/{id}"),
    ]
    put = params_of(paths["/data/{class}/{id}"]["put"])
    assert ("If-Match", "header") in put
    assert ("title", "body") in put


def test_a_path_titled_section_no_sentence_gives_a_method_is_read_as_a_url_is(tmp_path: Path) -> None:
    """Where a page gives its methods over instances of its path-titled sections' routes, a section titled by
    a route whose text names no method for it is a GET, inferred; one a sentence gives a method keeps it."""
    paths = _paths(
        tmp_path,
        "rest.rst",
        "API\n===\n\n/data/\\ *class*\n--------------\n\n"
        "Only class links support the ``POST`` method, e.g. ``/data/issue``.\n\n"
        "/data/user/roles endpoint\n-------------------------\n\nThis endpoint returns the roles.\n",
    )
    assert sorted((m, p) for p, ops in paths.items() for m in ops) == [
        ("get", "/data/user/roles"),
        ("post", "/data/{class}"),
    ]
    plain = _paths(
        tmp_path,
        "plain.rst",
        "API\n===\n\n/data/user/roles\n----------------\n\nThe roles.\n\nUsers\n-----\n\n``GET /users``\n",
    )
    assert sorted(plain) == ["/users"]  # a page that states no method over instances: no route inferred


def test_a_parameter_named_in_prose_may_lead_with_a_sigil(tmp_path: Path) -> None:
    """In "specifying a ``@sort`` parameter", "the `$filter` query parameter", the sigil is part of the name."""
    paths = _paths(
        tmp_path,
        "api.md",
        "# Items\n\n## List items\n\n`GET /items`\n\nSorting is controlled by specifying a `@sort` parameter with "
        "a list of fields. Use the `$filter` query parameter to narrow the list.\n",
    )
    assert params_of(paths["/items"]["get"]) == {("@sort", "query"): False, ("$filter", "query"): False}


def test_get_endpoints_said_to_take_their_parameters_by_post_too_have_post_twins(tmp_path: Path) -> None:
    """Where "all the image endpoints support parameters passing using POST with a JSON body", each GET the section
    names has a POST at the same path whose body fields are the section's shared query parameters."""
    paths = _paths(
        tmp_path,
        "endpoints.rst",
        "Images\n======\n\n* Endpoints:\n\n  * ``/images/{id}/{width}x{height}.png``\n  * ``/images/{id}/auto.png``\n"
        "  * ``/images/{id}/{x},{y}.png``\n\n"
        "* All the image endpoints additionally support following query parameters:\n\n"
        "  * ``fill`` - the fill colour\n  * ``padding`` - padding around the area\n\n"
        "* All the image endpoints support parameters passing using POST with a JSON body:\n\n"
        '  * e.g. ``{"fill": "red"}`` is the equivalent of ``?fill=red``\n',
    )
    assert sorted((m, p) for p, ops in paths.items() for m in ops) == [
        ("get", "/images/{id}/auto.png"),
        ("get", "/images/{id}/{width}x{height}.png"),
        ("get", "/images/{id}/{x},{y}.png"),
        ("post", "/images/{id}/auto.png"),
        ("post", "/images/{id}/{width}x{height}.png"),
        ("post", "/images/{id}/{x},{y}.png"),
    ]
    assert params_of(paths["/images/{id}/auto.png"]["post"]) == {
        ("id", "path"): True,
        ("fill", "body"): False,
        ("padding", "body"): False,
    }
    assert params_of(paths["/images/{id}/auto.png"]["get"]) == {
        ("id", "path"): True,
        ("fill", "query"): False,
        ("padding", "query"): False,
    }


def test_an_example_under_the_left_out_prefix_that_extends_a_stated_route_is_a_route_of_its_own(
    tmp_path: Path,
) -> None:
    """`POST .../demo/rest/data/issue/@poe` fits no route stated for POST, but begins with `/data/{class}`,
    whose class the page shows as `issue`: it is `POST /data/{class}/@poe`. A value the page never shows for
    the placeholder (`@poe` as an id) does not make it an item of `/data/{class}/{id}`."""
    curl = "    curl -X POST --data 'lifetime=900' https://example.com/demo/rest{path}\n\n"
    paths = _paths(
        tmp_path,
        "rest.rst",
        "API\n===\n\nPaths below will have /rest removed for brevity.\n\n"
        "/data/\\ *class*\n--------------\n\nThe ``GET`` method on a class (like ``/data/issue``) lists it.\n\n"
        "/data/\\ *class*/\\ *id*\n---------------------\n\n"
        "The method ``DELETE`` is allowed on items, e.g. ``/data/issue/42``.\n\n"
        "Examples\n--------\n\nAsking for a single-use link::\n\n" + curl.format(path="/data/issue/@poe"),
    )
    assert sorted((m, p) for p, ops in paths.items() for m in ops) == [
        ("delete", "/data/{class}/{id}"),
        ("get", "/data/{class}"),
        ("post", "/data/{class}/@poe"),
    ]
    assert params_of(paths["/data/{class}/@poe"]["post"]) == {("class", "path"): True, ("lifetime", "body"): False}


def test_routes_a_chapter_on_extending_the_server_shows_are_the_readers_to_add(tmp_path: Path) -> None:
    """A "Programming the REST API" chapter registers routes an administrator may add and calls them: none is
    the API's. A section titled "Create a route" (an operation of a routes API) is not such a chapter."""
    paths = _paths(
        tmp_path,
        "api.md",
        "# API\n\n## Issues\n\n`GET /issues`\n\n## Routes\n\n### Create a route\n\n`POST /routes`\n\n"
        "## Programming the REST API\n\nYou can extend the API of a tracker.\n\n### Adding new rest endpoints\n\n"
        '```python\n@Routing.route("/summary2")\ndef summary2(self, input): ...\n```\n\n'
        "```\ncurl -X GET https://example.com/rest/summary2\n```\n\n`POST /jwt/issue` issues a token.\n",
    )
    assert sorted((m, p) for p, ops in paths.items() for m in ops) == [("get", "/issues"), ("post", "/routes")]


def test_a_parameter_named_in_prose_after_the_word_parameter(tmp_path: Path) -> None:
    """In "add the query parameter ``@protected=true`` to the query" the noun comes first, then the name in code with
    an example value."""
    paths = _paths(
        tmp_path,
        "api.md",
        "# Items\n\n## Get an item\n\n`GET /items/{id}`\n\nTo include protected properties add the query "
        "parameter `@protected=true` to the query.\n",
    )
    assert params_of(paths["/items/{id}"]["get"]) == {("id", "path"): True, ("@protected", "query"): False}
