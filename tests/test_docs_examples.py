"""Routes and parameters a hand-written page shows rather than states: example paths that fill a route's
placeholders and carry its query, route items with a description, lists a sentence introduces, bodies that
follow their route (the ninth registry batch, benchmarks/docs/registry_truth)."""

from __future__ import annotations

from pathlib import Path

from operations import extracted_paths as _paths
from operations import params_of


def test_emoji_in_method_cells_and_camel_case_words_that_examples_fill_are_placeholders(tmp_path: Path) -> None:
    """A route table whose method cells carry emoji (`PUT ✨`, `DELETE :star:`) is still a route table; a path
    word written as a variable name (`collectionId`) is a placeholder when example paths put other values there,
    while a camel-case literal that the examples write as it is (`listAll`) stays literal."""
    paths = _paths(
        tmp_path,
        "README.md",
        "# Store\n\n| Verb | Address | Notes |\n|---|---|---|\n"
        "| GET | /v2/collectionId/items | list items |\n"
        "| PUT ✨ | /v2/collectionId/items/:key | store an item |\n"
        "| DELETE :star: | /v2/collectionId/items/:key | remove an item |\n"
        "| GET | /v2/listAll | every collection |\n\n"
        "## Examples\n\n```\n/v2/books/items\n```\n\n```\n/v2/music/items/42\n```\n\n```\n/v2/listAll\n```\n",
    )
    assert sorted((m, p) for p, ops in paths.items() for m in ops) == [
        ("delete", "/v2/{collectionId}/items/{key}"),
        ("get", "/v2/listAll"),
        ("get", "/v2/{collectionId}/items"),
        ("put", "/v2/{collectionId}/items/{key}"),
    ]
    assert params_of(paths["/v2/{collectionId}/items/{key}"]["put"]) == {
        ("collectionId", "path"): True,
        ("key", "path"): True,
    }


def test_method_less_example_paths_give_the_query_parameters_of_the_route_they_fit(tmp_path: Path) -> None:
    """Example paths alone in code blocks (one over the response it gets, one a full URL) are GET requests of
    the stated route they fit, so their query strings name its parameters; one that fits no route is dropped."""
    paths = _paths(
        tmp_path,
        "README.md",
        "# Notes API\n\n## Routes\n\n- `GET /notes`: list notes\n- `GET /notes/{id}/history`: a note's history\n\n"
        "## Paging\n\n```\n/notes?page=2&per_page=10\n```\n\n"
        "## History\n\n```\nhttp://localhost:8080/notes/7/history?since=2020-01-01\n\nResponse\n"
        '[{"rev": 1}]\n```\n\n## Misc\n\n```\n/elsewhere?x=1\n```\n',
    )
    assert sorted((m, p) for p, ops in paths.items() for m in ops) == [
        ("get", "/notes"),
        ("get", "/notes/{id}/history"),
    ]
    assert params_of(paths["/notes"]["get"]) == {("page", "query"): False, ("per_page", "query"): False}
    assert params_of(paths["/notes/{id}/history"]["get"]) == {("id", "path"): True, ("since", "query"): False}


def test_method_less_route_items_with_a_description_after_a_colon(tmp_path: Path) -> None:
    """Items that are a path in code and a description after a colon, in lists a code block interrupts, are GET
    routes: `(name)` opening a segment is a placeholder, a relative path among them gets its slash, a websocket
    is no HTTP route, and the JSON object after an item, where the text says it shows request bodies, makes
    that route a POST taking it."""
    paths = _paths(
        tmp_path,
        "pages.md",
        "# Daemon pages\n\nPages the daemon serves, with the request body a route takes where it takes one.\n\n"
        "* `/healthz`: liveness\n* `/nodes/(node)/stats.json`: statistics of one node\n"
        "* `jobs/(job).html`: a job's page\n* `/stream`: live updates over a websocket\n"
        "* `/drain`: stop taking work\n\n"
        '```json\n{"reason": "maintenance"}\n```\n\n* `/status`:\n',
    )
    assert sorted((m, p) for p, ops in paths.items() for m in ops) == [
        ("get", "/healthz"),
        ("get", "/jobs/{job}.html"),
        ("get", "/nodes/{node}/stats.json"),
        ("get", "/status"),
        ("post", "/drain"),
    ]
    assert params_of(paths["/nodes/{node}/stats.json"]["get"]) == {("node", "path"): True}
    assert params_of(paths["/drain"]["post"]) == {("reason", "body"): False}


def test_a_placeholder_of_several_words_stays_one_segment(tmp_path: Path) -> None:
    """`<volume name>` in a request line is one placeholder, not a path cut at its space."""
    paths = _paths(
        tmp_path,
        "volumes.md",
        "# Volumes\n\n`DELETE /volumes/<volume name>/snapshots/<Snap ID>` removes a snapshot.\n\n"
        "`GET /volumes/<volume name>` shows a volume.\n",
    )
    assert sorted((m, p) for p, ops in paths.items() for m in ops) == [
        ("delete", "/volumes/{volume_name}/snapshots/{Snap_ID}"),
        ("get", "/volumes/{volume_name}"),
    ]
    assert params_of(paths["/volumes/{volume_name}"]["get"]) == {("volume_name", "path"): True}


def test_query_parameters_written_in_parentheses_after_the_path(tmp_path: Path) -> None:
    """`/v2/orders(?page,size,sort)`: the names after `(?` are optional query parameters, not part of the path."""
    paths = _paths(
        tmp_path,
        "orders.md",
        "# Orders\n\n## GET /v2/orders(?page,size,sort)\n\nLists orders.\n\n## GET /v2/orders/:orderId\n\nOne order.\n",
    )
    assert sorted((m, p) for p, ops in paths.items() for m in ops) == [
        ("get", "/v2/orders"),
        ("get", "/v2/orders/{orderId}"),
    ]
    assert params_of(paths["/v2/orders"]["get"]) == {
        ("page", "query"): False,
        ("size", "query"): False,
        ("sort", "query"): False,
    }


def test_a_sentence_ending_in_a_colon_introduces_a_list_of_coded_names_as_parameters(tmp_path: Path) -> None:
    """A sentence too long for a label whose last clause names what follows ("... can be narrowed with these
    query string parameters:", "The request takes a JSON document with at least these keys:") labels the list
    after it; its items are a `code` name then a description (no separator), "at least" makes them required
    unless one says it is optional, and nested items (members of the one before) are not parameters."""
    paths = _paths(
        tmp_path,
        "jobs.md",
        "# Jobs\n\n## List jobs\n\n`GET /jobs` lists jobs, newest first; the listing can be narrowed with these "
        "query string parameters:\n\n- `state` only jobs in this state\n- `owner` only jobs of this user\n\n"
        "## Submit\n\n`POST /jobs` submits a job. The request takes a JSON document with at least these keys:\n\n"
        "- `image` the container image to run, with these members:\n  - `tag` the image tag\n"
        "- `command` what to run in it\n- `timeout` seconds to wait; this key is optional\n",
    )
    assert params_of(paths["/jobs"]["get"]) == {("state", "query"): False, ("owner", "query"): False}
    assert params_of(paths["/jobs"]["post"]) == {
        ("image", "body"): True,
        ("command", "body"): True,
        ("timeout", "body"): False,
    }


def test_example_requests_in_running_text_a_url_alone_and_a_curl_after_words(tmp_path: Path) -> None:
    """A paragraph that is a URL alone is a GET example of the stated route it fits (its query names that route's
    parameters), and a curl command after words on its line ("For instance: curl -F ...") is an example request
    of its route (its form fields are the body); an example that fits no stated route is no route of its own."""
    paths = _paths(
        tmp_path,
        "README.md",
        "# Avatars\n\n## Upload\n\n```\nPOST /avatars\n```\n\n"
        "For instance: curl -F image=@me.png https://img.example.com/avatars\n\n"
        "## Search\n\n`GET /avatars/search` finds avatars.\n\nhttps://img.example.com/avatars/search?q=cat\n\n"
        "## Elsewhere\n\nhttps://img.example.com/status?verbose=1\n",
    )
    assert sorted((m, p) for p, ops in paths.items() for m in ops) == [
        ("get", "/avatars/search"),
        ("post", "/avatars"),
    ]
    assert params_of(paths["/avatars/search"]["get"]) == {("q", "query"): False}
    assert params_of(paths["/avatars"]["post"]) == {("image", "body"): False}


def test_an_example_of_a_rows_path_in_another_cell_gives_its_query_parameters(tmp_path: Path) -> None:
    """A route table whose description cell shows an example of the row's own path with a query string
    ("Finds by tag, e.g. `/v1/pins/search?tag=red&limit=5`"): the query names that route's parameters."""
    paths = _paths(
        tmp_path,
        "README.md",
        "# Pins\n\n| Method | Path | Description |\n|---|---|---|\n| GET | /v1/pins | all pins |\n"
        "| GET | /v1/pins/search | finds by tag, e.g. `/v1/pins/search?tag=red&limit=5` |\n",
    )
    assert params_of(paths["/v1/pins/search"]["get"]) == {("tag", "query"): False, ("limit", "query"): False}
    assert params_of(paths["/v1/pins"]["get"]) == {}


def test_parameters_nested_under_an_endpoint_item_after_its_request_label(tmp_path: Path) -> None:
    """A route list whose items open with the request line and nest, after "Request body: ... keys:", sub-items
    of a `code` name and a description: those are the body; with some marked optional, the others are required;
    a sibling item whose first label is about the response gives none."""
    paths = _paths(
        tmp_path,
        "hooks.md",
        "# Hooks\n\n- `POST /hooks` registers a hook. Request body: a JSON object with these keys:\n"
        "  - `url` where to deliver events\n  - `secret` (optional) shared signing secret\n"
        "  - `events` which events to deliver\n  - 201 - created\n"
        "- `GET /hooks` lists hooks. Response: a JSON array of objects with keys:\n"
        "  - `url` where events go\n  - `id` the hook's id\n",
    )
    assert params_of(paths["/hooks"]["post"]) == {
        ("url", "body"): True,
        ("secret", "body"): False,
        ("events", "body"): True,
    }
    assert params_of(paths["/hooks"]["get"]) == {}


def test_a_list_of_keys_after_a_response_label_describes_the_response(tmp_path: Path) -> None:
    """Lists labelled only as "keys" that follow a response label ("Response body: ...", then "Each item has
    these keys:"), or a sentence that opens with one, describe the response: no parameters."""
    paths = _paths(
        tmp_path,
        "jobs.md",
        "# Jobs\n\n## List\n\n`GET /jobs` lists jobs; narrow the listing with these query string parameters:\n\n"
        "- `state` only jobs in this state\n\nResponse body: a JSON list.\n\nEach item has these keys:\n\n"
        "- `id` the job's id\n- `state` its state\n\n## Cancel\n\n`POST /jobs/cancel` cancels jobs.\n\n"
        "Response body: a JSON object. When some could not be cancelled, the body holds the following keys:\n\n"
        "- `failed` the ids not cancelled\n",
    )
    assert params_of(paths["/jobs"]["get"]) == {("state", "query"): False}
    assert params_of(paths["/jobs/cancel"]["post"]) == {}


def test_request_bodies_in_the_sections_after_a_route_that_says_its_body_follows(tmp_path: Path) -> None:
    """A route's section that ends saying what the request body holds, with no example ("The request body
    carries the command."), is continued by sections whose first example is that body; a caption without a
    colon ("Sample of a successful response") labels the example under it as a response."""
    paths = _paths(
        tmp_path,
        "jobs.md",
        "# Jobs API\n\n## POST /v1/jobs/{id}/command\n\nSends a command to a job.\n\n"
        "The request body carries the command.\n\n"
        '## Pause command\n\n```\n{"pause": {"seconds": 30}}\n```\n\nSample of a successful response\n\n'
        "```\n{'status': 'ok', 'paused_until': 1700000000}\n```\n\n"
        '## Resume command\n\n```\n{"resume": {}}\n```\n',
    )
    assert params_of(paths["/v1/jobs/{id}/command"]["post"]) == {
        ("id", "path"): True,
        ("pause", "body"): False,
        ("resume", "body"): False,
    }
