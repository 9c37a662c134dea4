"""Structures of the twelfth registry batch (benchmarks/docs/registry_truth, FIRST_CONTACT.md "Twelfth batch"):
each rule is written for the structure a page uses, not for the project that showed it first."""

from __future__ import annotations

from pathlib import Path

from operations import extracted_paths as _paths
from operations import params_of


def _operations(paths: dict) -> list[tuple[str, str]]:
    return sorted((m, p) for p, ops in paths.items() for m in ops)


def test_a_page_wide_method_sentence_gives_every_path_only_route_each_method(tmp_path: Path) -> None:
    """ "Every route may be requested with `GET` or `POST`", then sections giving a labelled path alone: each
    route is both a GET and a POST, with the section's parameters on each."""
    paths = _paths(
        tmp_path,
        "kennel.md",
        "# Kennel API\n\nEvery route may be requested with `GET` or `POST`; answers are JSON.\n\n"
        "## List dogs\n\nRoute: `/kennels/:kid/dogs`\n\nQuery parameters:\n\n"
        "* `breed` - only dogs of this breed (optional)\n\n"
        "## Adopt a dog\n\nRoute: `/kennels/:kid/adopt`\n\nQuery parameters:\n\n"
        "* `dog` - the dog's name (required)\n* `note` - a note for the keeper (optional)\n",
    )
    assert _operations(paths) == [
        ("get", "/kennels/{kid}/adopt"),
        ("get", "/kennels/{kid}/dogs"),
        ("post", "/kennels/{kid}/adopt"),
        ("post", "/kennels/{kid}/dogs"),
    ]
    for method in ("get", "post"):
        assert params_of(paths["/kennels/{kid}/adopt"][method]) == {
            ("kid", "path"): True,
            ("dog", "query"): True,
            ("note", "query"): False,
        }


def test_without_a_page_wide_method_sentence_a_path_only_route_stays_a_get(tmp_path: Path) -> None:
    paths = _paths(
        tmp_path,
        "kennel.md",
        "# Kennel API\n\nEvery route answers in JSON.\n\n## List dogs\n\nRoute: `/kennels/:kid/dogs`\n\n"
        "## Adopt a dog\n\nRoute: `/kennels/:kid/adopt`\n\n## Walk a dog\n\nRoute: `/kennels/:kid/walk`\n",
    )
    assert _operations(paths) == [
        ("get", "/kennels/{kid}/adopt"),
        ("get", "/kennels/{kid}/dogs"),
        ("get", "/kennels/{kid}/walk"),
    ]


def test_an_httpdomain_request_header_field_is_a_header_parameter(tmp_path: Path) -> None:
    """`:reqheader Accept:` declares a header of the request, as a parameter table's row does: kept, though
    clients often set Accept themselves; a credential header is never a parameter."""
    paths = _paths(
        tmp_path,
        "garden.rst",
        "Garden\n======\n\n.. http:get:: /beds\n\n   The flower beds\n\n   :query season: only beds sown in it\n"
        "   :reqheader Accept: ``application/json`` or ``text/csv``\n"
        "   :reqheader Authorization: a bearer token\n"
        "   :resheader Content-Type: as asked\n",
    )
    assert params_of(paths["/beds"]["get"]) == {("season", "query"): False, ("Accept", "header"): False}


def test_a_markdown_list_of_media_headers_stays_out(tmp_path: Path) -> None:
    paths = _paths(
        tmp_path,
        "garden.md",
        "# Garden\n\n## GET /beds\n\nHeaders:\n\n* `Accept` - `application/json`\n\nQuery parameters:\n\n"
        "* `season` - only beds sown in it\n",
    )
    assert params_of(paths["/beds"]["get"]) == {("season", "query"): False}


def test_a_path_alone_takes_the_method_the_sentence_after_it_says(tmp_path: Path) -> None:
    """A code block holding a path alone, then "This endpoint only accepts the `POST` method": a POST route,
    stated (not an example path); an HTTPie command below it shows its body fields."""
    paths = _paths(
        tmp_path,
        "notes.md",
        "# Notes API\n\n## List notes\n\n```\nGET /api/notes/\n```\n\n## Get a session\n\n```\n/api/session/\n```\n\n"
        "This endpoint only accepts the `POST` method and gives a session key.\n\n"
        "```shell\nhttp POST localhost:5000/api/session/ login=ann secret=abc\n\nHTTP/1.1 200 OK\n```\n",
    )
    assert _operations(paths) == [("get", "/api/notes/"), ("post", "/api/session/")]
    assert params_of(paths["/api/session/"]["post"]) == {("login", "body"): False, ("secret", "body"): False}


def test_httpie_commands_are_example_requests_with_fields_queries_and_headers(tmp_path: Path) -> None:
    """`http --form PUT :5000/api/notes/7 title=x`: form fields; `http :5000/api/notes q==milk`: a GET with a
    query argument; the host or scheme left out as HTTPie allows."""
    paths = _paths(
        tmp_path,
        "notes.md",
        "# Notes API\n\n## Rename a note\n\n```shell\n$ http --form PUT :5000/api/notes/7 title=Groceries\n```\n\n"
        "## Search notes\n\n```shell\n$ http localhost:5000/api/notes q==milk X-Locale:en\n```\n\n"
        "## Add a note\n\n```shell\n$ http :5000/api/notes title=Groceries pinned:=true\n```\n",
    )
    assert _operations(paths) == [("get", "/api/notes"), ("post", "/api/notes"), ("put", "/api/notes/{id}")]
    assert ("title", "body") in params_of(paths["/api/notes/{id}"]["put"])
    assert set(params_of(paths["/api/notes"]["get"])) == {("q", "query"), ("X-Locale", "header")}
    assert set(params_of(paths["/api/notes"]["post"])) == {("title", "body"), ("pinned", "body")}


def test_methods_stated_by_a_verb_or_by_what_a_path_is_called_with(tmp_path: Path) -> None:
    """ "the tool `PUT`s it to `http://<host>/bundle/:name`" and "`/whoami` answers with `GET`" state routes."""
    paths = _paths(
        tmp_path,
        "bundles.md",
        "# Bundle server\n\nTo publish, the tool packs your folder and `PUT`s it to `http://<host>/bundle/:name`.\n\n"
        "The `/whoami` route answers with `GET` only; `DELETE /bundle/:name` removes a bundle.\n",
    )
    assert _operations(paths) == [("delete", "/bundle/{name}"), ("get", "/whoami"), ("put", "/bundle/{name}")]


def test_a_request_teaching_authentication_to_another_modules_route_is_no_route(tmp_path: Path) -> None:
    """Under "Authenticating with a token", an example sending the token to a route outside the tree every
    stated route shares shows how to authenticate; a request there to a route of the tree is kept."""
    paths = _paths(
        tmp_path,
        "notes.md",
        "# Notes API\n\n## List notes\n\n```\nGET /api/notes/\n```\n\n"
        "## Delete a note\n\n```\nDELETE /api/notes/{id}/\n```\n\n"
        "## Authenticating with a token\n\n```shell\n"
        'http GET localhost:5000/api/calendar/ "Authorization: Bearer $T"\n'
        'http POST localhost:5000/api/notes/ "Authorization: Bearer $T" text=milk\n```\n',
    )
    assert _operations(paths) == [
        ("delete", "/api/notes/{id}/"),
        ("get", "/api/notes/"),
        ("post", "/api/notes/"),
    ]


def test_a_request_line_glued_to_its_method_is_read(tmp_path: Path) -> None:
    """`PATCH/api/pets/{id}/` alone in a code block is `PATCH /api/pets/{id}/`; `GET/POST` is two methods, no path."""
    paths = _paths(
        tmp_path,
        "pets.rst",
        "Pets\n====\n\nList pets\n---------\n\n.. code-block:: text\n\n    GET /api/pets/\n\n"
        "Rename a pet\n------------\n\n.. code-block:: text\n\n    PATCH/api/pets/{id}/\n\n"
        "Formats\n-------\n\n.. code-block:: text\n\n    GET/POST\n",
    )
    assert _operations(paths) == [("get", "/api/pets/"), ("patch", "/api/pets/{id}/")]


def test_a_client_call_naming_its_method_in_a_string_is_a_request(tmp_path: Path) -> None:
    """`httpx.stream("GET", url)`, `requests.request("DELETE", url)`: the method is the first argument."""
    paths = _paths(
        tmp_path,
        "client.md",
        "# Feeds\n\n## Follow a feed\n\n```python\nimport httpx\n\n"
        'with httpx.stream("GET", f"http://localhost:9000/feeds/{fid}/events") as r:\n'
        "    for line in r.iter_lines():\n        print(line)\n```\n\n"
        '## Drop a feed\n\n```python\nrequests.request("DELETE", "http://localhost:9000/feeds/7")\n```\n',
    )
    assert _operations(paths) == [("delete", "/feeds/{fid}"), ("get", "/feeds/{fid}/events")]


def test_a_label_line_of_coded_names_lists_the_parameters(tmp_path: Path) -> None:
    """ "*Body parameters*: `size`, `colour` and `label`." as a paragraph: each a body field, though the prose
    after it describes only some; "**Query parameters:** `page`" the same for the query; a sentence naming
    fields in code is no such line."""
    paths = _paths(
        tmp_path,
        "crates.md",
        "# Crates\n\n### `POST /crates`\n\nBuild a crate.\n\n*Body parameters*: `size`, `colour` and `label`.\n\n"
        "`size` is in centimetres.\n\n### `GET /crates`\n\n**Query parameters:** `page`.\n\n"
        "### `DELETE /crates/:id`\n\nThe `force` and `reason` values are logged.\n",
    )
    assert params_of(paths["/crates"]["post"]) == {
        ("size", "body"): False,
        ("colour", "body"): False,
        ("label", "body"): False,
    }
    assert params_of(paths["/crates"]["get"]) == {("page", "query"): False}
    assert params_of(paths["/crates/{id}"]["delete"]) == {("id", "path"): True}


def test_another_services_request_named_to_explain_something_is_no_route(tmp_path: Path) -> None:
    """ "the `POST /volumes` call to the `storage` service is counted as ..." names a request another service
    answers; "the `GET /jobs` call to the API returns ..." still states one."""
    paths = _paths(
        tmp_path,
        "runner.md",
        "# Runner\n\n## Jobs\n\nThe `GET /jobs` call to the API returns every job.\n\n## Metrics\n\n"
        "Each upstream call is counted by name: the `POST /volumes` call to the `storage` service is counted as "
        "`storage.POST.volumes`.\n",
    )
    assert _operations(paths) == [("get", "/jobs")]


def test_a_websocket_route_is_no_http_operation(tmp_path: Path) -> None:
    """`GET /live` under "Streaming over WebSocket", or a section opening "Subscribe over a WebSocket.", is a
    WebSocket's route; the HTTP routes beside it stay."""
    paths = _paths(
        tmp_path,
        "ticker.md",
        "# Ticker\n\n## HTTP API\n\n### `GET /prices`\n\nEvery price.\n\n## WebSocket API\n\n### `GET /live`\n\n"
        "Price updates as they come.\n\n## Feeds\n\n### `GET /feed`\n\nSubscribe to trades over a WebSocket.\n\n"
        "### `GET /trades`\n\nEvery trade today.\n",
    )
    assert _operations(paths) == [("get", "/prices"), ("get", "/trades")]


def test_a_printed_input_declaration_sets_the_flag_examples_would_imply(tmp_path: Path) -> None:
    """Two example bodies both sending `title` would make it required; the page's printed inputs scheme
    (`{'name': 'title', 'required': False}`) says it is not, and `{"name": "text", "required": true}` that
    `text` is."""
    paths = _paths(
        tmp_path,
        "forms.md",
        "# Forms\n\n## Scheme\n\n```python\nhttpx.get('http://localhost:7000/forms/poem')\n```\n\n"
        "```python\n{'inputs': [{'type': 'text', 'name': 'title', 'required': False},\n"
        "            {'type': 'text', 'name': 'text', 'required': True}]}\n```\n\n"
        "## Submit\n\n```python\n"
        "httpx.post('http://localhost:7000/forms/poem', json={'title': 'Rain', 'text': 'a'})\n```\n\n"
        "```python\nhttpx.post('http://localhost:7000/forms/poem', json={'title': '', 'text': 'b'})\n```\n",
    )
    assert params_of(paths["/forms/poem"]["post"]) == {("title", "body"): False, ("text", "body"): True}


def test_a_part_above_the_routes_part_gives_the_last_route_nothing(tmp_path: Path) -> None:
    """ "Development" (a heading above "API > Endpoints", which holds the routes) lists settings, not the last
    route's parameters; a "Parameters" heading beside the route's own, in a flat layout, still describes it."""
    paths = _paths(
        tmp_path,
        "pets.md",
        "# Pets service\n\n## API\n\n### Endpoints\n\n#### `GET /pets`\n\nList pets.\n\n"
        "#### Query parameters\n\n* `kind` - only pets of this kind\n\n"
        "#### `DELETE /pets/:id`\n\nDelete a pet.\n\n"
        "## Development\n\nSettings, in `.env`:\n\n* `PORT` - the port to listen on\n* `HOST` - the interface\n",
    )
    assert params_of(paths["/pets"]["get"]) == {("kind", "query"): False}
    assert params_of(paths["/pets/{id}"]["delete"]) == {("id", "path"): True}


def test_a_parameter_the_text_says_there_is_none_of_is_not_one(tmp_path: Path) -> None:
    """ "Unlike the old API, there is no option of a `depth` parameter" names none; "capped by the `limit`
    parameter" names one."""
    paths = _paths(
        tmp_path,
        "tree.md",
        "# Tree\n\n## `GET /tree/:id`\n\nThe whole tree. Unlike the old API, there is no option of a `depth` "
        "parameter for cutting it short. Leaves are capped by the `limit` parameter (optional).\n",
    )
    assert params_of(paths["/tree/{id}"]["get"]) == {("id", "path"): True, ("limit", "query"): False}
