"""Layouts of generated references the LORO corpus brought up (benchmarks/docs/loro.py): each rule is written
for the structure, not for the renderer that showed it first."""

from __future__ import annotations

from pathlib import Path

from operations import params_of

from mcpgen.diagnostics import Diagnostics
from mcpgen.ingest.docs import extract_openapi
from mcpgen.ingest.docs.blocks import Block, Document, Section, Where
from mcpgen.ingest.docs.extract import extract
from mcpgen.ingest.docs.params import from_card_line, from_field_prose


def test_a_method_heading_under_a_path_heading_is_that_operation(tmp_path: Path) -> None:
    doc = tmp_path / "api.md"
    doc.write_text(
        "# Pets\n\n### /pets/{id}\n\n#### GET\n\nFetches a pet.\n\n"
        "| Name | Located in | Description | Required | Schema |\n| --- | --- | --- | --- | --- |\n"
        "| id | path | The pet | Yes | long |\n| fields | query | What to return | No | string |\n\n"
        "#### DELETE\n\nDeletes a pet.\n",
        encoding="utf-8",
    )
    paths = extract_openapi(doc, Diagnostics())["paths"]
    assert set(paths["/pets/{id}"]) == {"get", "delete"}
    assert params_of(paths["/pets/{id}"]["get"]) == {("id", "path"): True, ("fields", "query"): False}


def test_a_request_body_table_that_links_a_schema_takes_the_schemas_fields(tmp_path: Path) -> None:
    doc = tmp_path / "api.md"
    doc.write_text(
        "# API\n\n### [POST] /pets\n\nAdds a pet.\n\n#### Request Body\n\n| Required | Schema |\n| --- | --- |\n"
        "| Yes | **application/json**: [Pet](#pet)<br> |\n\n### Schemas\n\n#### Pet\n\n"
        "| Name | Type | Description | Required |\n| --- | --- | --- | --- |\n"
        "| name | string |  | Yes |\n| tag | string |  | No |\n",
        encoding="utf-8",
    )
    post = extract_openapi(doc, Diagnostics())["paths"]["/pets"]["post"]
    assert params_of(post) == {("name", "body"): True, ("tag", "body"): False}


def test_a_field_list_printed_as_running_text_gives_its_parameters_by_label() -> None:
    where = Where("api.pdf")
    text = "Query Parameters: limit (integer, required) \u2013 How many. offset (integer) \u2013 Where to start."
    found, label = from_field_prose(text, "", where)
    assert [(p.name, p.location, p.required) for p in found] == [("limit", "query", True), ("offset", "query", None)]
    more, label = from_field_prose("sort (string) \u2013 The order. Status Codes: 200 OK \u2013 Listed", label, where)
    assert [(p.name, p.location) for p in more] == [("sort", "query")]
    assert label == "Status Codes"


def test_parameter_cards_printed_as_lines_give_name_type_and_required() -> None:
    where = Where("api.pdf")
    card = from_card_line("QUERY PARAMETERS latitude number <double>", "", where)
    assert card is not None and (card.name, card.location, card.type) == ("latitude", "query", "number")
    assert from_card_line("Latitude component of location.", "QUERY PARAMETERS", where) is None
    assert from_card_line("id integer <int64>", "RESPONSE SCHEMA: application/json", where) is None


def test_a_printed_page_whose_operations_are_plain_request_lines_gives_each_its_own_fields() -> None:
    """One section (the page's only heading) holding `GET /a`, its fields, `GET /b`, its fields."""
    where = Where("api.pdf")
    section = Section("API reference", 1, ("API reference",), where)
    section.blocks += [
        Block("code", where, "GET /products"),
        Block("text", where, "Query Parameters: latitude (number) \u2013 Latitude."),
        Block("code", where, "GET /history"),
        Block("text", where, "Query Parameters: offset (integer) \u2013 Where to start."),
    ]
    endpoints = {(e.method, e.path): e for e in extract([Document("api.pdf", "API", [section])]).endpoints}
    assert {k[0] for k in endpoints[("GET", "/products")].params} == {"latitude"}
    assert {k[0] for k in endpoints[("GET", "/history")].params} == {"offset"}


def test_a_selector_query_parameter_may_start_with_a_tilde(tmp_path: Path) -> None:
    doc = tmp_path / "api.md"
    doc.write_text(
        "# API\n\n## POST /tags/{id}?~action=attach\n\nAttaches.\n\n## POST /tags/{id}?~action=detach\n\nDetaches.\n",
        encoding="utf-8",
    )
    paths = extract_openapi(doc, Diagnostics())
    routes = set(paths["paths"]) | set(paths.get("x-ms-paths", {}))
    assert {"/tags/{id}?~action=attach", "/tags/{id}?~action=detach"} <= routes


def test_request_lines_printed_after_their_descriptions_do_not_take_the_next_operations_fields() -> None:
    """A two-column page printed as one column: each operation's fields, then its request line. Splitting
    at the request lines would give each operation the next one's fields, so the section is left whole."""
    where = Where("api.pdf")
    section = Section("API reference", 1, ("API reference",), where)
    section.blocks += [
        Block("text", where, "Query Parameters: latitude (number) \u2013 Latitude."),
        Block("code", where, "GET /products"),
        Block("text", where, "Query Parameters: offset (integer) \u2013 Where to start."),
        Block("code", where, "GET /history"),
    ]
    endpoints = {(e.method, e.path): e for e in extract([Document("api.pdf", "API", [section])]).endpoints}
    assert "offset" not in {k[0] for k in endpoints[("GET", "/products")].params}


ROUTES = """\
# Routes

## Plural routes

```
GET    /posts
GET    /posts/1
POST   /posts
PUT    /posts/1
DELETE /posts/1
GET    /posts/1/comments
```

## Filter

Use `.` to reach deep properties.

```
GET /posts?title=json-server&author=typicode
GET /posts?id=1&id=2
```

## Paginate

Use `_page` and optionally `_limit`.

```
GET /posts?_page=7
GET /posts?_page=7&_limit=20
```
"""


def test_a_code_block_listing_routes_states_each_and_its_example_ids_are_items(tmp_path: Path) -> None:
    doc = tmp_path / "README.md"
    doc.write_text(ROUTES, encoding="utf-8")
    paths = extract_openapi(doc, Diagnostics())["paths"]
    assert {(m.upper(), p) for p, item in paths.items() for m in item} == {
        ("GET", "/posts"),
        ("POST", "/posts"),
        ("GET", "/posts/{id}"),
        ("PUT", "/posts/{id}"),
        ("DELETE", "/posts/{id}"),
        ("GET", "/posts/{id}/comments"),
    }  # the example filters (?title=, ?_page=) are queries of GET /posts, not operations of their own
    listing = params_of(paths["/posts"]["get"])
    assert {("_page", "query"), ("_limit", "query")} <= set(listing)
    assert params_of(paths["/posts/{id}"]["delete"]) == {("id", "path"): True}


def test_requests_stated_in_sentences_are_operations_and_the_root_stays_the_root(tmp_path: Path) -> None:
    doc = tmp_path / "README.md"
    doc.write_text(
        "# Admin portal\n\n## Adding\n\nSubmit `POST` requests to `localhost:8889` or `PUT` requests to "
        "`localhost:8889/:id`.\n\n## Getting\n\nPerforming a `GET` request on `localhost:8889` returns every "
        "response. Performing a `GET` request on `localhost:8889/<id>` returns one.\n\n"
        "## Deleting\n\nSend a `DELETE` request to `localhost:8889/<id>`. Any POST request to the root url "
        "is matched.\n",
        encoding="utf-8",
    )
    paths = extract_openapi(doc, Diagnostics())["paths"]
    assert {(m.upper(), p) for p, item in paths.items() for m in item} == {
        ("POST", "/"),
        ("GET", "/"),
        ("PUT", "/{id}"),
        ("GET", "/{id}"),
        ("DELETE", "/{id}"),
    }


def test_a_list_of_paths_in_a_page_that_states_no_method_gives_operations_marked_as_inferred(tmp_path: Path) -> None:
    doc = tmp_path / "home.html"
    doc.write_text(
        "<h2>ENDPOINTS</h2><ul>"
        "<li><a href='/ip'><code>/ip</code></a> Returns Origin IP.</li>"
        "<li><code>/post</code> Returns POST data.</li>"
        "<li><code>/status/:code</code> Returns given HTTP Status code.</li>"
        "<li><code>/redirect-to?url=foo</code> 302 Redirects to the foo URL.</li>"
        "</ul><h2>DESCRIPTION</h2><p>Testing an HTTP Library can become difficult sometimes.</p>",
        encoding="utf-8",
    )
    openapi = extract_openapi(doc, Diagnostics())
    paths = openapi["paths"]
    assert {(m.upper(), p) for p, item in paths.items() for m in item} == {
        ("GET", "/ip"),
        ("POST", "/post"),
        ("GET", "/status/{code}"),
        ("GET", "/redirect-to"),
    }
    assert params_of(paths["/redirect-to"]["get"]) == {("url", "query"): False}
    mark = paths["/ip"]["get"]["x-mcpgen-confidence"]
    assert mark["score"] < 0.5 and any("inferred" in e for e in mark["evidence"])


def test_a_selector_value_beside_the_bare_route_names_an_operation_of_its_own() -> None:
    from mcpgen.ingest.docs.mentions import Mention, discriminate
    from mcpgen.ingest.docs.requests import split_target

    where = Where("api.md")
    lines = [
        Mention("POST", split_target(t), where, "line")
        for t in ("/rest/com/vmware/cis/session", "/rest/com/vmware/cis/session?~action=get")
    ]
    filters = [
        Mention("GET", split_target(t), where, "line")
        for t in ("/posts", "/posts?title=json-server", "/posts?_page=7", "/posts?q=internet")
    ]
    discriminate([lines, filters])
    session = "/rest/com/vmware/cis/session"
    assert [m.target.path for m in lines] == [session, f"{session}?~action=get"]
    assert {m.target.path for m in filters} == {"/posts"}  # example filters, not operations


_SCHEMA_PAGE = """# API

## Servers

| Description | URL |
| --- | --- |
| Production | {scheme}://api.example.org/v2 |

## POST /tickets

Buy a ticket.

**Request body**

**application/json**

```json
{"summary": "General entry", "value": {"ticketType": "general", "ticketDate": "2023-09-07"}}
```

**Schema of the request body**

```json
{"type": "object", "required": ["ticketType", "ticketDate"],
 "allOf": [{"$ref": "#/components/schemas/Contact"}],
 "properties": {"ticketType": {"type": "string", "enum": ["general", "event"]},
                "ticketDate": {"type": "string", "format": "date"},
                "seats": {"type": "integer", "description": "How many"}}}
```

**Schema of the response body**

```json
{"type": "object", "required": ["ticketId"], "properties": {"ticketId": {"type": "string"}}}
```
"""


def test_a_json_schema_printed_under_a_request_label_gives_the_body_fields_and_required_flags(
    tmp_path: Path,
) -> None:
    doc = tmp_path / "api.md"
    doc.write_text(_SCHEMA_PAGE, encoding="utf-8")
    openapi = extract_openapi(doc, Diagnostics())
    post = openapi["paths"]["/tickets"]["post"]
    assert params_of(post) == {("ticketType", "body"): True, ("ticketDate", "body"): True, ("seats", "body"): False}
    schema = post["requestBody"]["content"]["application/json"]["schema"]["properties"]
    assert schema["ticketType"]["enum"] == ["general", "event"]
    assert schema["seats"]["type"] == "integer"
    # the Servers table states the base, its `{scheme}` variable read as https
    assert openapi["servers"] == [{"url": "https://api.example.org/v2"}]


def test_an_example_whose_keys_look_like_schema_keywords_stays_an_example(tmp_path: Path) -> None:
    doc = tmp_path / "api.md"
    doc.write_text(
        "# API\n\n## POST /filters\n\nCreates a filter.\n\n**Request body**\n\n"
        '```json\n{"type": "spam", "properties": {"sender": "a@example.org"}, "required": true}\n```\n',
        encoding="utf-8",
    )
    post = extract_openapi(doc, Diagnostics())["paths"]["/filters"]["post"]
    assert set(params_of(post)) == {("type", "body"), ("properties", "body"), ("required", "body")}


def test_a_media_type_label_keeps_the_label_before_it(tmp_path: Path) -> None:
    doc = tmp_path / "api.md"
    doc.write_text(
        "# API\n\n## POST /pets\n\nCreates a pet.\n\n**Request body**\n\n**application/json**\n\n"
        '```json\n{"name": "Rex", "tag": "dog"}\n```\n\n## GET /pets\n\nLists pets.\n\n**Response**\n\n'
        "**application/json**\n\n"
        '```json\n[{"name": "Rex"}]\n```\n',
        encoding="utf-8",
    )
    paths = extract_openapi(doc, Diagnostics())["paths"]
    assert set(params_of(paths["/pets"]["post"])) == {("name", "body"), ("tag", "body")}
    assert "requestBody" not in paths["/pets"]["get"]


def test_a_page_that_states_its_routes_only_as_curl_commands_gives_them(tmp_path: Path) -> None:
    doc = tmp_path / "api.md"
    doc.write_text(
        "# Jobs API\n\n## List jobs\n\n```\ncurl -X GET https://api.example.com/v1/jobs?project=myproject\n```\n\n"
        "## Schedule a job\n\n```\ncurl https://api.example.com/v1/jobs -d project=p -d spider=s\n```\n\n"
        "## Cancel\n\n```\ncurl -X DELETE https://api.example.com/v1/jobs/123\n```\n",
        encoding="utf-8",
    )
    openapi = extract_openapi(doc, Diagnostics())
    assert openapi["servers"] == [{"url": "https://api.example.com"}]
    paths = openapi["paths"]
    assert {(p, m) for p, ops in paths.items() for m in ops} == {
        ("/v1/jobs", "get"),
        ("/v1/jobs", "post"),
        ("/v1/jobs/{id}", "delete"),  # the number after a route the commands state is an item id
    }
    assert set(params_of(paths["/v1/jobs"]["post"])) == {("project", "body"), ("spider", "body")}


def test_a_definition_whose_body_is_a_list_of_its_own_labels_that_list(tmp_path: Path) -> None:
    doc = tmp_path / "api.rst"
    doc.write_text(
        "API\n===\n\nschedule.json\n-------------\n\nSchedule a job.\n\nSupported request methods\n  ``POST``\n"
        "Parameters\n  ``project`` (required)\n    the project name\n  ``priority``\n    the job's priority\n\n"
        "Example::\n\n   $ curl http://localhost:6800/schedule.json -d project=myproject\n",
        encoding="utf-8",
    )
    post = extract_openapi(doc, Diagnostics())["paths"]["/schedule.json"]["post"]
    assert params_of(post) == {("project", "body"): True, ("priority", "body"): False}


def test_a_table_without_a_header_whose_columns_are_methods_and_paths_lists_routes(tmp_path: Path) -> None:
    doc = tmp_path / "index.html"
    doc.write_text(
        "<html><body><h2>Routes</h2><table>"
        '<tr><td class="verb">GET</td><td><a href="/posts">/posts</a></td></tr>'
        '<tr><td class="verb">GET</td><td><a href="/posts/1">/posts/1</a></td></tr>'
        '<tr><td class="verb">GET</td><td><a href="/comments?postId=1">/comments?postId=1</a></td></tr>'
        '<tr><td class="verb">POST</td><td>/posts</td></tr>'
        '<tr><td class="verb">DELETE</td><td>/posts/1</td></tr>'
        "</table><h2>Sizes</h2><table><tr><td>/posts</td><td>100 items</td></tr>"
        "<tr><td>/users</td><td>10 items</td></tr></table></body></html>",
        encoding="utf-8",
    )
    paths = extract_openapi(doc, Diagnostics())["paths"]
    assert {(p, m) for p, ops in paths.items() for m in ops} == {
        ("/posts", "get"),
        ("/posts", "post"),
        ("/posts/{id}", "get"),
        ("/posts/{id}", "delete"),
        ("/comments", "get"),
    }
    assert params_of(paths["/comments"]["get"]) == {("postId", "query"): False}


def test_express_style_placeholders_optional_and_ranged_become_template_parameters(tmp_path: Path) -> None:
    doc = tmp_path / "README.md"
    doc.write_text(
        "# JSON API\n\n### GET /jobs/:state/:from..:to/:order?\n\nJobs in a state, by range.\n\n"
        "### POST /job\n\nCreate a job:\n\n"
        '    $ curl -H "Content-Type: application/json" -X POST -d \\\n'
        '        \'{"type": "email", "data": {"to": "tj@example.com"}}\' http://localhost:3000/job\n\n'
        "Several at once, as an array:\n\n"
        '    $ curl -H "Content-Type: application/json" -X POST -d \\\n'
        '        \'[{"type": "email", "data": {"to": "tj@example.com"}}]\' http://localhost:3000/job\n',
        encoding="utf-8",
    )
    paths = extract_openapi(doc, Diagnostics())["paths"]
    route = "/jobs/{state}/{from}..{to}/{order}"
    assert params_of(paths[route]["get"]) == {(n, "path"): True for n in ("state", "from", "to", "order")}
    # an object, and the same object sent as a batch: the object is the body, nothing proven required
    assert params_of(paths["/job"]["post"]) == {("type", "body"): False, ("data", "body"): False}


_ROOMS = """# Rooms API

## List rooms

```
GET /_admin/v1/rooms
```

This API mimics [GET /_client/r0/rooms/{roomId}/context](https://spec.example.org/client#context) for admins.

The following query parameters are available:

* `limit` - Maximum amount of rooms to return. Defaults to `100`.
* `order_by` - The method in which to sort the returned list of rooms. Valid values are:
  - `name` - Rooms are ordered alphabetically by room name.
  - `size` - Rooms are ordered by the number of members.
* `dir` - Direction of room order.

## Delete a room

```
DELETE /_admin/v2/rooms/<room_id>
```

with a body of:

```json
{"block": true, "purge": true}
```

The following JSON body parameters are available:

* `block` - Optional. If set to `true`, the room is blocked.
* `purge` - Optional. Remove all traces of the room.
* `force_purge` - Optional. Purge even with local users still in the room.
"""


def test_sub_items_that_a_parameter_introduces_as_its_values_are_its_enum(tmp_path: Path) -> None:
    doc = tmp_path / "rooms.md"
    doc.write_text(_ROOMS, encoding="utf-8")
    paths = extract_openapi(doc, Diagnostics())["paths"]
    listing = paths["/_admin/v1/rooms"]["get"]
    assert set(params_of(listing)) == {("limit", "query"), ("order_by", "query"), ("dir", "query")}
    order_by = next(p for p in listing["parameters"] if p["name"] == "order_by")
    assert order_by["schema"] == {"type": "string", "enum": ["name", "size"]}  # "the returned list of" is no type
    # an operation of another site, linked inside a sentence, is not one of this API's
    assert set(paths) == {"/_admin/v1/rooms", "/_admin/v2/rooms/{room_id}"}


def test_a_delete_documented_with_a_json_body_keeps_its_body_fields(tmp_path: Path) -> None:
    doc = tmp_path / "rooms.md"
    doc.write_text(_ROOMS, encoding="utf-8")
    delete = extract_openapi(doc, Diagnostics())["paths"]["/_admin/v2/rooms/{room_id}"]["delete"]
    assert {k for k in params_of(delete) if k[1] == "body"} == {
        ("block", "body"),
        ("purge", "body"),
        ("force_purge", "body"),
    }


def test_a_flat_page_under_a_title_that_states_the_first_operation_gives_each_its_own_parameters(
    tmp_path: Path,
) -> None:
    """A printed page whose operations are bold lines, not headings: every part title ("Input parameters",
    "Response") sits at one level under the page title, which holds the first request line itself. A part
    after a later request line belongs to that request, not to the title's."""
    doc = tmp_path / "board.md"
    doc.write_text(
        "# Board API 1.0\n\n`GET /board`\n\nThe whole board.\n\n## Input parameters\n\n"
        "| Parameter | In | Type | Description |\n|---|---|---|---|\n| size | query | integer | Rows. |\n\n"
        '## Response\n\n```json\n{"rows": []}\n```\n\n`PUT /board/{row}`\n\nSet a row.\n\n## Input parameters\n\n'
        "| Parameter | In | Type | Description |\n|---|---|---|---|\n| row | path | integer | Which. |\n"
        "| Progress-Url | header | string | Where to report. |\n",
        encoding="utf-8",
    )
    paths = extract_openapi(doc, Diagnostics())["paths"]
    assert params_of(paths["/board"]["get"]) == {("size", "query"): False}
    assert params_of(paths["/board/{row}"]["put"]) == {("row", "path"): True, ("Progress-Url", "header"): False}
