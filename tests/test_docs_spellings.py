"""Requests and parameters hand-written pages state in their own words: routes named in sentences, the
spellings of placeholders and request lines, headers named in a description, a base URL set in a snippet."""

from __future__ import annotations

from pathlib import Path

import pytest
from operations import params_of

from mcpgen.diagnostics import Diagnostics
from mcpgen.ingest.docs import extract_openapi


def test_url_templates_named_in_sentences_are_operations_when_nothing_else_states_any(tmp_path: Path) -> None:
    doc = tmp_path / "endpoints.rst"
    doc.write_text(
        "Endpoints\n=========\n\nStyles\n------\n\n"
        "* Styles are served at ``/styles/{id}/style.json`` (+ array at ``/styles.json``)\n\n"
        "  * Tiles at ``/styles/{id}[/{tileSize}]/{z}/{x}/{y}[@2x].{format}``\n"
        "  * You can also use ``/styles/{id}/static/raw/...`` endpoints.\n\n"
        "Static images\n-------------\n\n* Several endpoints:\n\n"
        "  * ``/styles/{id}/static/{lon},{lat},{zoom}/{width}x{height}.{format}`` (center-based)\n"
        "  * ``/styles/{id}/static/auto/{width}x{height}.{format}`` (autofit)\n\n"
        "* All the static image endpoints additionally support following query parameters:\n\n"
        "  * ``path`` - the path to draw\n\n    * e.g. ``path=5.9,45.8|5.9,47.8``\n\n"
        "  * ``padding`` - padding around the area\n\n"
        "Elevation\n---------\n\n* for batch requests, POST to ``/data/{id}/elevation`` with a JSON body\n\n"
        "Health\n------\n\nHealth status is at ``/health``.\n",
        encoding="utf-8",
    )
    openapi = extract_openapi(doc, Diagnostics())
    paths = openapi["paths"]
    center = "/styles/{id}/static/{lon},{lat},{zoom}/{width}x{height}.{format}"
    auto = "/styles/{id}/static/auto/{width}x{height}.{format}"
    assert {(p, m) for p, ops in paths.items() for m in ops} == {
        ("/styles/{id}/style.json", "get"),
        ("/styles.json", "get"),
        ("/styles/{id}/{z}/{x}/{y}.{format}", "get"),  # the optional parts left out
        (center, "get"),
        (auto, "get"),
        ("/data/{id}/elevation", "post"),  # the one method its sentence names
        ("/health", "get"),
    }
    for route in (center, auto):  # "All the ... endpoints ... parameters": each of them takes them
        assert {k for k in params_of(paths[route]["get"]) if k[1] == "query"} == {
            ("path", "query"),
            ("padding", "query"),
        }
    # nothing states a method for most of them: the confidence says so
    assert paths["/health"]["get"]["x-mcpgen-confidence"]["score"] < 0.8


def test_path_words_the_text_names_ids_lists_rest_of_path_and_methods_added_in_a_sentence(tmp_path: Path) -> None:
    doc = tmp_path / "web.rst"
    doc.write_text(
        "Web API\n=======\n\n``GET /item/``\n~~~~~~~~~~~~~~\n\nAll items.\n\n"
        "``GET /item/6``\n~~~~~~~~~~~~~~\n\nThe item with id *6*.\n\n"
        "``DELETE /item/6``\n~~~~~~~~~~~~~~~~~\n\nRemoves it. If the *?delete* query string is included, the file "
        "goes too.\n\n``GET /item/6,12,13``\n~~~~~~~~~~~~~~~~~~~~~\n\nSeveral items at once.\n\n"
        "``GET /item/path/...``\n~~~~~~~~~~~~~~~~~~~~~~\n\nThe item at a file path.\n\n"
        "``GET /item/query/querystring``\n~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\n\n"
        "The *querystring* must be a valid query.\n\n"
        "This endpoint also supports *DELETE* and *PATCH* methods as above.\n",
        encoding="utf-8",
    )
    paths = extract_openapi(doc, Diagnostics())["paths"]
    assert {(p, m) for p, ops in paths.items() for m in ops} == {
        ("/item/", "get"),
        ("/item/{id}", "get"),  # /item/6 and /item/6,12,13: one route
        ("/item/{id}", "delete"),
        ("/item/path/{path}", "get"),
        ("/item/query/{querystring}", "get"),
        ("/item/query/{querystring}", "delete"),
        ("/item/query/{querystring}", "patch"),
    }
    assert params_of(paths["/item/{id}"]["delete"]) == {("id", "path"): True, ("delete", "query"): False}


def test_examples_under_a_base_path_and_httpie_commands_are_uses_of_the_stated_templates(tmp_path: Path) -> None:
    doc = tmp_path / "groups.rst"
    doc.write_text(
        "Groups\n######\n\nCreating a group\n================\n\n.. http:post:: /buckets/(bucket_id)/groups\n\n"
        "    :synopsis: Creates a new group.\n\n    **Example Request**\n\n    .. sourcecode:: bash\n\n"
        "        $ echo '{\"data\": {}}' | http POST http://localhost:8888/v1/buckets/blog/groups --verbose\n\n"
        "    .. sourcecode:: http\n\n        POST /v1/buckets/blog/groups HTTP/1.1\n        Host: localhost:8888\n\n"
        "Validation\n==========\n\nSend the schema:\n\n.. sourcecode:: http\n\n"
        "    POST /v1/buckets/blog/groups HTTP/1.1\n    Host: localhost:8888\n",
        encoding="utf-8",
    )
    paths = extract_openapi(doc, Diagnostics())["paths"]
    assert {(p, m) for p, ops in paths.items() for m in ops} == {("/buckets/{bucket_id}/groups", "post")}


@pytest.mark.parametrize(
    ("written", "template"),
    [
        ("/v1/alarm/[vitrage_id]", "/v1/alarm/{vitrage_id}"),
        ("/-/by-user/$username[|$another1[|$another2...]]", "/-/by-user/{username}"),
        ("/-/user/org.couchdb.user::username", "/-/user/org.couchdb.user:{username}"),
        ("/jobs/:from..:to/:order?", "/jobs/{from}..{to}/{order}"),
        ("/item/path/...", "/item/path/{path}"),
    ],
)
def test_placeholder_spellings_of_hand_written_pages(tmp_path: Path, written: str, template: str) -> None:
    doc = tmp_path / "api.md"
    doc.write_text(f"# API\n\n## Read it\n\n```\nGET {written}\n```\n\nReads it.\n", encoding="utf-8")
    assert list(extract_openapi(doc, Diagnostics())["paths"]) == [template]


def test_requests_stated_in_sentences_in_their_usual_turns(tmp_path: Path) -> None:
    doc = tmp_path / "users.md"
    doc.write_text(
        "# Users\n\n## List\n\nTo list users, call the `/@users` endpoint with a `GET` request.\n\n"
        "## Create\n\nTo create a user, send a `POST` request to the global `/@users` endpoint.\n\n"
        "## Read\n\nTo read one user, send a `GET` request to the `/@users` endpoint and append the user ID to "
        "the URL.\n\n## Delete\n\nTo delete a user, send a `DELETE` request to the `/@users` endpoint and append "
        "the user ID of the user you want to delete.\n",
        encoding="utf-8",
    )
    paths = extract_openapi(doc, Diagnostics())["paths"]
    assert {(p, m) for p, ops in paths.items() for m in ops} == {
        ("/@users", "get"),
        ("/@users", "post"),
        ("/@users/{user_id}", "get"),
        ("/@users/{user_id}", "delete"),
    }


def test_a_parameter_named_in_a_sentence_of_a_bodyless_request_is_a_query_parameter(tmp_path: Path) -> None:
    doc = tmp_path / "groups.md"
    doc.write_text(
        "# Groups\n\n## Search\n\n```\nGET /@groups\n```\n\nGroups whose name starts with the value of the `query` "
        "parameter.\n\nThe endpoint also takes a `limit` parameter.\n",
        encoding="utf-8",
    )
    get = extract_openapi(doc, Diagnostics())["paths"]["/@groups"]["get"]
    assert params_of(get) == {("query", "query"): False, ("limit", "query"): False}


def test_a_rest_client_line_with_a_quoted_path_is_a_request(tmp_path: Path) -> None:
    doc = tmp_path / "autopilot.md"
    doc.write_text(
        '# Autopilot\n\n## Operations\n\nExample:\n\n```\nHTTP GET "/api/autopilots/_default/state"\n```\n\n'
        '## Status\n\nTo read the status:\n\n```\nHTTP GET "/api/autopilots/{id}/state"\n```\n\n'
        '## Mode\n\nTo set the mode:\n\n```\nHTTP PUT "/api/autopilots/{id}/mode" {"value": "gps"}\n```\n',
        encoding="utf-8",
    )
    paths = extract_openapi(doc, Diagnostics())["paths"]
    # the concrete request is an example of the stated template, not an operation of its own
    assert {(p, m) for p, ops in paths.items() for m in ops} == {
        ("/api/autopilots/{id}/state", "get"),
        ("/api/autopilots/{id}/mode", "put"),
    }


def test_headers_named_in_the_description_of_a_listed_path_are_its_header_parameters(tmp_path: Path) -> None:
    doc = tmp_path / "index.html"
    doc.write_text(
        "<html><body><h2>Endpoints</h2><ul>"
        "<li><code>/ip</code> Returns the origin IP.</li>"
        "<li><code>/cache</code> Returns 200 unless an If-Modified-Since or If-None-Match header is provided.</li>"
        "<li><code>/headers</code> Returns the request's headers.</li>"
        "</ul></body></html>",
        encoding="utf-8",
    )
    paths = extract_openapi(doc, Diagnostics())["paths"]
    assert params_of(paths["/cache"]["get"]) == {
        ("If-Modified-Since", "header"): False,
        ("If-None-Match", "header"): False,
    }
    assert params_of(paths["/ip"]["get"]) == {}


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (
            "# API\n\n## Features\n\n`GET: http://unleash.host.com/api/admin/features`\n\nAll toggles.\n",
            "/api/admin/features",
        ),
        ("# API\n\n### Get /{version_id}\n\nOne version.\n", "/{version_id}"),
        (
            "# API\n\n## Servers\n\n```\nGET /users/:name/servers/[:servername]\n```\n\nA server.\n",
            "/users/{name}/servers/{servername}",
        ),
    ],
)
def test_request_line_spellings_of_hand_written_pages(tmp_path: Path, page: str, expected: str) -> None:
    doc = tmp_path / "api.md"
    doc.write_text(page, encoding="utf-8")
    assert list(extract_openapi(doc, Diagnostics())["paths"]) == [expected]


def test_an_os_api_ref_method_whose_path_has_no_leading_slash(tmp_path: Path) -> None:
    doc = tmp_path / "index.rst"
    doc.write_text(
        "Leases\n======\n\nList Leases\n-----------\n\n.. rest_method:: GET v1/leases\n\nLists leases.\n",
        encoding="utf-8",
    )
    assert list(extract_openapi(doc, Diagnostics())["paths"]) == ["/v1/leases"]


def test_a_base_url_assigned_in_a_snippet_is_the_base_of_the_routes_a_page_states(tmp_path: Path) -> None:
    doc = tmp_path / "rest.md"
    doc.write_text(
        "# REST\n\n```python\napi_url = 'http://127.0.0.1:8081/hub/api'\n```\n\n## Users\n\n"
        "To list users, send `GET /users`.\n\n## Groups\n\n```\nGET /groups\n```\n",
        encoding="utf-8",
    )
    openapi = extract_openapi(doc, Diagnostics())
    assert openapi["servers"] == [{"url": "http://127.0.0.1:8081/hub/api"}]
    assert set(openapi["paths"]) == {"/users", "/groups"}


def test_list_items_giving_a_name_and_a_parenthesis_of_type_and_flag_alone_are_parameters(tmp_path: Path) -> None:
    """Under a heading that calls them parameters, `offset (string, optional)` needs no description or
    separator; a type with a size of its own (`string(250)`) keeps the flag after it."""
    doc = tmp_path / "api.md"
    doc.write_text(
        "# Alarms\n\n## List alarms\n\n### GET /v2/alarms\n\n#### Query Parameters\n"
        "* marker (string, optional)\n* page_size (integer)\n* state (string, required) - Only alarms in it.\n\n"
        "## Create an alarm\n\n### POST /v2/alarms\n\n#### Request Body\n"
        "* title (string(120), required) - What to call it.\n"
        "* actions ([string(50)], optional) - Who to tell.\n\n"
        "## Notes\n\n* later (maybe)\n",
        encoding="utf-8",
    )
    paths = extract_openapi(doc, Diagnostics())["paths"]
    assert params_of(paths["/v2/alarms"]["get"]) == {
        ("marker", "query"): False,
        ("page_size", "query"): False,
        ("state", "query"): True,
    }
    assert params_of(paths["/v2/alarms"]["post"]) == {("title", "body"): True, ("actions", "body"): False}


def test_myst_callouts_are_prose_and_name_required_fields_in_their_usual_turns(tmp_path: Path) -> None:
    """A MyST page (Sphinx's Markdown) puts notes in directive fences: ```{note} is prose, not code, and
    "`name` is a required field" / "`a`, and `b` are required fields" say which fields must be sent."""
    doc = tmp_path / "teams.md"
    doc.write_text(
        "# Teams\n\n## Create a team\n\nSend a `POST` request to the `/@teams` endpoint.\n\n"
        "````{note}\n:class: small\nBy default, `title`, and `owner` are required fields.\n\n"
        '```json\n{"colour": "red"}\n```\n````\n\n'
        "## Rename a team\n\nSend a `PATCH` request to `/@teams/{team_id}`.\n\n"
        ":::{tip}\n`title` is a required field.\n:::\n",
        encoding="utf-8",
    )
    paths = extract_openapi(doc, Diagnostics())["paths"]
    assert params_of(paths["/@teams"]["post"]) == {("title", "body"): True, ("owner", "body"): True}
    assert params_of(paths["/@teams/{team_id}"]["patch"]) == {("team_id", "path"): True, ("title", "body"): True}


def test_a_table_whose_name_column_is_headed_by_what_it_names_is_a_parameter_table(tmp_path: Path) -> None:
    """`Attribute Name`, `Property name`, `Key Name` head the name column as `Name` does."""
    doc = tmp_path / "vaults.md"
    doc.write_text(
        "# Vaults\n\n## POST /v1/vaults\n\nCreates a vault.\n\n### Attributes\n\n"
        "| Attribute Name | Type | Description |\n|---|---|---|\n"
        "| label | string | (optional) What to call it. |\n| size | integer | (required) How big. |\n\n"
        "## GET /v1/vaults\n\n| Key Name | Type | Description |\n|---|---|---|\n| limit | integer | How many. |\n",
        encoding="utf-8",
    )
    paths = extract_openapi(doc, Diagnostics())["paths"]
    assert params_of(paths["/v1/vaults"]["post"]) == {("label", "body"): False, ("size", "body"): True}
    assert params_of(paths["/v1/vaults"]["get"]) == {("limit", "query"): False}


def test_a_rest_client_line_with_its_json_body_after_the_target_gives_the_bodys_fields(tmp_path: Path) -> None:
    """`PUT "/lamps/{id}/state" {"value": "on"}`: the JSON on the request line is what it sends; a lone
    `{"value": ...}` is such a body, not an OpenAPI Example Object wrapping a bare string."""
    doc = tmp_path / "lamps.md"
    doc.write_text(
        "# Lamps\n\n## Switching a lamp\n\nSubmit a `PUT` request to `/lamps/{id}/state`.\n\n"
        '```\nPUT "/lamps/{id}/state" {"value": "on"}\n```\n\n'
        "## Dimming a lamp\n\nSubmit a `PUT` request to `/lamps/{id}/level`.\n\n"
        '```\nPUT "/lamps/{id}/level"\n{"level": 40, "fade": 2}\n```\n',
        encoding="utf-8",
    )
    paths = extract_openapi(doc, Diagnostics())["paths"]
    assert params_of(paths["/lamps/{id}/state"]["put"]) == {("id", "path"): True, ("value", "body"): False}
    assert params_of(paths["/lamps/{id}/level"]["put"]) == {
        ("id", "path"): True,
        ("level", "body"): False,
        ("fade", "body"): False,
    }
