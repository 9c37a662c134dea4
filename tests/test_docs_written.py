"""Structures of hand-written API documentation (the registry batches, benchmarks/docs/registry_truth): each
rule is written for the structure a page uses, not for the project that showed it first."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from operations import params_of

from mcpgen.diagnostics import Diagnostics
from mcpgen.ingest.docs import extract_openapi


def _paths(tmp_path: Path, name: str, text: str) -> dict[str, Any]:
    doc = tmp_path / name
    doc.write_text(text, encoding="utf-8")
    return extract_openapi(doc, Diagnostics())["paths"]


def test_a_projects_own_directive_whose_options_state_a_request_is_an_operation(tmp_path: Path) -> None:
    """A directive Sphinx does not know (a project's own, for examples run against a live server): its options
    give the route template, the concrete request, headers and a JSON body; a hidden one is a set-up call."""
    paths = _paths(
        tmp_path,
        "items.rst",
        "Items\n=====\n\n"
        '.. http:liveapi::\n   :hidden: yes\n   :method: POST\n   :path: /db\n   :body: {"id": "container"}\n\n'
        ".. http:liveapi::\n   :path_spec: /(db)/(container)/(id)\n   :path: /db/container/foobar\n"
        "   :method: PATCH\n   :headers: Content-Type:application/json,TUS-RESUMABLE:1\n"
        '   :body: {"title": "foobar"}\n\n'
        ".. http:liveapi::\n   :path_spec: /(db)/(container)/(id)\n   :path: /db/container/foobar?include=title\n\n"
        ".. unknownthing::\n   :path: /not/a/request\n\n"
        "Some closing words.\n",
    )
    assert sorted((m, p) for p, ops in paths.items() for m in ops) == [
        ("get", "/{db}/{container}/{id}"),
        ("patch", "/{db}/{container}/{id}"),
    ]
    patch = params_of(paths["/{db}/{container}/{id}"]["patch"])
    assert patch == {
        ("db", "path"): True,
        ("container", "path"): True,
        ("id", "path"): True,
        ("TUS-RESUMABLE", "header"): False,
        ("title", "body"): False,
    }
    assert ("include", "query") in params_of(paths["/{db}/{container}/{id}"]["get"])


def test_routes_written_from_an_ellipsis_continue_the_base_their_sections_title_names(tmp_path: Path) -> None:
    table = "======= =================== ==============\nOp      URL                 Result\n"
    table += "======= =================== ==============\n{rows}======= =================== ==============\n"
    paths = _paths(
        tmp_path,
        "api.rst",
        "1. Policy (/v1/)\n================\n\n"
        + table.format(rows="GET     .../policies        List policies\nPOST    .../policies        Create one\n")
        + "\nCreate a policy\n---------------\n\n``POST: .../policies?library=base`` with an empty body.\n\n"
        "2. Policy Rules (/v1/policies/<policy-id>/...)\n==============================================\n\n"
        + table.format(rows="GET     .../rules           List rules\n")
        + "\nThe release notes mention .../later/ without stating a route.\n",
    )
    assert sorted((m, p) for p, ops in paths.items() for m in ops) == [
        ("get", "/v1/policies"),
        ("get", "/v1/policies/{policy-id}/rules"),
        ("post", "/v1/policies"),
    ]
    assert params_of(paths["/v1/policies"]["post"]) == {("library", "query"): False}


def test_api_blueprint_actions_headed_by_their_method_alone_and_ellipsis_separated_uri_parameters(
    tmp_path: Path,
) -> None:
    paths = _paths(
        tmp_path,
        "API.md",
        "# Page [/_/{id}]\n\n## Append Rows [POST]\n\n+ Parameters\n"
        "    + row (optional, integer) ... If specified, insert on that row.\n+ Request (text/csv)\n+ Response 200\n\n"
        "# Page Cells [/_/{id}/cells]\n\n## GET\n\nAll cells of the page.\n\n+ Response 200\n\n"
        "# Notes\n\n## GET\n\nNot an action: no resource above it names a route.\n",
    )
    assert sorted((m, p) for p, ops in paths.items() for m in ops) == [("get", "/_/{id}/cells"), ("post", "/_/{id}")]
    assert params_of(paths["/_/{id}"]["post"]) == {("id", "path"): True, ("row", "query"): False}


def test_a_curl_command_alone_in_a_section_titled_in_words_states_its_route(tmp_path: Path) -> None:
    """Where the rest of the page states routes by request lines, a section that shows only a curl command
    still states that route; a curl of the bare server root only shows how to reach the API."""
    paths = _paths(
        tmp_path,
        "curl.md",
        "# Examples\n\n## Reaching the API\n\n```\n$ curl -u user:pass http://localhost:5000\n```\n\n"
        '## Unscoped token\n\nGet an unscoped token:\n\n```\ncurl -i -H "Content-Type: application/json" '
        '-d \'{"auth": {"identity": {}}}\' http://localhost:5000/v3/auth/tokens\n```\n\n'
        "## DELETE /v3/auth/tokens\n\nRevoke a token:\n\n```\ncurl -X DELETE http://localhost:5000/v3/auth/tokens\n```\n",
    )
    assert sorted((m, p) for p, ops in paths.items() for m in ops) == [
        ("delete", "/v3/auth/tokens"),
        ("post", "/v3/auth/tokens"),
    ]
    assert params_of(paths["/v3/auth/tokens"]["post"]) == {("auth", "body"): False}


def test_requests_named_in_sentences_beside_curls_of_sibling_routes_take_the_placeholders_the_page_states(
    tmp_path: Path,
) -> None:
    """A sentence naming two routes ("to either `A` or `B`"), curls of routes beside a sentence that names
    another one (siblings, not asides), and dates standing where a stated route has its `{version}`."""
    paths = _paths(
        tmp_path,
        "metadata.md",
        "# Metadata\n\n## User data\n\nMake a GET request to either "
        "`http://169.254.169.254/openstack/{version}/user_data` (OpenStack API) or "
        "`http://169.254.169.254/{version}/user-data` (EC2-compatible API).\n\n"
        "## OpenStack format\n\n```\n$ curl http://169.254.169.254/openstack/2018-08-27/meta_data.json\n```\n\n"
        "## EC2 format\n\nList the elements by making a GET query to "
        "`http://169.254.169.254/2009-04-04/meta-data/`. For example:\n\n"
        "```\n$ curl http://169.254.169.254/2009-04-04/meta-data/placement/\n```\n",
    )
    assert sorted(paths) == [
        "/openstack/{version}/meta_data.json",
        "/openstack/{version}/user_data",
        "/{version}/meta-data/",
        "/{version}/meta-data/placement/",
        "/{version}/user-data",
    ]
    assert all(params_of(ops["get"]) == {("version", "path"): True} for ops in paths.values())


def test_an_endpoint_tables_description_cells_name_headers_body_fields_and_example_bodies(tmp_path: Path) -> None:
    paths = _paths(
        tmp_path,
        "REST.md",
        "# REST API\n\nEndpoint | Description\n--- | ---\n"
        "`GET /torrents/{hash}/files/{path}` | will start streaming the file (honoring the `Range` header)\n"
        '`POST /torrents` | will add a new torrent (`{"link":"magnet link or URL"}`)\n'
        "`POST /upload` | will accept a .torrent file (`file` field in `multipart/form-data`)\n"
        "`DELETE /torrents/{hash}` | will delete the torrent\n",
    )
    assert params_of(paths["/torrents/{hash}/files/{path}"]["get"]) == {
        ("hash", "path"): True,
        ("path", "path"): True,
        ("Range", "header"): False,
    }
    assert params_of(paths["/torrents"]["post"]) == {("link", "body"): False}
    assert params_of(paths["/upload"]["post"]) == {("file", "body"): False}
    assert params_of(paths["/torrents/{hash}"]["delete"]) == {("hash", "path"): True}


def test_a_media_type_heading_right_after_an_empty_request_body_heading_is_the_request_body(tmp_path: Path) -> None:
    paths = _paths(
        tmp_path,
        "records.md",
        "### POST /{dataset}/records\n\nSearch the data set.\n\n##### Request body\n\n"
        "##### application/x-www-form-urlencoded\n\n```json\n"
        '{\n    "criteria": "string",\n    "start": 0,\n    "rows": 0\n}\n```\n\n'
        '##### Response 200 OK\n\n##### application/json\n\n```json\n[{"total": 3}]\n```\n',
    )
    assert set(params_of(paths["/{dataset}/records"]["post"])) == {
        ("dataset", "path"),
        ("criteria", "body"),
        ("start", "body"),
        ("rows", "body"),
    }


def test_requests_shown_only_as_client_code_are_operations(tmp_path: Path) -> None:
    """Python `requests` calls (a URL put together from a name the snippet assigns and an f-string, a body built
    up and sent through `json.dumps`), JavaScript `fetch` and `axios`, each under a heading in words."""
    paths = _paths(
        tmp_path,
        "howto.md",
        "# Using the API\n\n## Listing users\n\n```python\nimport requests\n\n"
        "api_url = 'http://127.0.0.1:8081/hub/api'\n"
        "r = requests.get(api_url + '/users', params={'offset': 0, 'limit': 20})\n```\n\n"
        "## Requesting a token\n\n```python\ndef request_token(username, scopes=None, hub_url='http://x'):\n"
        "    body = {}\n    if scopes:\n        body['scopes'] = scopes\n"
        '    url = hub_url.rstrip("/") + f"/hub/api/users/{quote(username)}/tokens"\n'
        "    return requests.post(url, data=json.dumps(body))\n```\n\n"
        "## From a browser\n\n```js\nfetch(`/hub/api/groups/${group.name}/users`, {\n  method: 'POST',\n"
        "  body: JSON.stringify({users: ['ada']}),\n})\naxios.delete('/hub/api/proxy')\n```\n",
    )
    assert sorted((m, p) for p, ops in paths.items() for m in ops) == [
        ("delete", "/proxy"),
        ("get", "/users"),
        ("post", "/groups/{name}/users"),
        ("post", "/users/{username}/tokens"),
    ]
    assert params_of(paths["/users"]["get"]) == {("offset", "query"): False, ("limit", "query"): False}
    assert ("scopes", "body") in params_of(paths["/users/{username}/tokens"]["post"])
    assert ("users", "body") in params_of(paths["/groups/{name}/users"]["post"])


def test_doctest_calls_of_a_projects_helper_with_values_in_their_paths(tmp_path: Path) -> None:
    """Mailman's pages: every request a doctest of the project's own helper (`dump_json(url, data,
    method=...)`), the paths holding host names; the same position holding several of them is one placeholder,
    and a `base_url` the page prints as data is no base of the API."""
    paths = _paths(
        tmp_path,
        "domains.rst",
        "Domains\n=======\n\n    >>> dump_json('http://localhost:9001/3.0/domains')\n    entry 0:\n"
        "        base_url: https://lists.example.com/mailman3\n\n"
        "Individual domains\n==================\n\n"
        "    >>> dump_json('http://localhost:9001/3.0/domains/lists.example.net')\n    mail_host: x\n\n"
        "Creating\n========\n\n    >>> dump_json('http://localhost:9001/3.0/domains', {\n"
        "    ...           'mail_host': 'my.example.com',\n    ...           })\n    content-length: 0\n\n"
        "Changing\n========\n\n    >>> dump_json('http://localhost:9001/3.0/domains/my.example.com', {\n"
        "    ...           'description': 'Mine',\n    ...           }, method='PATCH')\n",
    )
    assert sorted((m, p) for p, ops in paths.items() for m in ops) == [
        ("get", "/3.0/domains"),
        ("get", "/3.0/domains/{domain}"),
        ("patch", "/3.0/domains/{domain}"),
        ("post", "/3.0/domains"),
    ]
    assert params_of(paths["/3.0/domains"]["post"]) == {("mail_host", "body"): False}


def test_a_request_stated_as_labelled_fields_is_an_operation(tmp_path: Path) -> None:
    """The README template many projects follow: `**URL:** /1.0/interface/*:ip*`, `**Method:** GET`, then URL and
    data params, success and error responses, as list items (or a definition list, or a two-column table)."""
    paths = _paths(
        tmp_path,
        "api.rst",
        "Get interface\n-------------\n\n* **URL:** /1.0/interface/*:ip*\n* **Method:** GET\n"
        "* **URL params:** *:ip* = the ip address to find the interface name\n* **Data params:** none\n\n"
        "Upload a certificate\n--------------------\n\n"
        "==========  =======================\nURL         /1.0/certificates/:name\nMethod      PUT\n"
        "==========  =======================\n\n"
        "Notes\n-----\n\n* **Path:** not a request, no method is named here\n",
    )
    assert sorted((m, p) for p, ops in paths.items() for m in ops) == [
        ("get", "/1.0/interface/{ip}"),
        ("put", "/1.0/certificates/{name}"),
    ]


def test_code_blocks_of_paths_alone_state_routes_in_a_document_written_so(tmp_path: Path) -> None:
    """A README whose routes are code blocks of paths: templates (`[:txid]`) with example instances under them,
    query strings, a label naming another method ("POST method:"); a lone path ending in a slash is a prefix."""
    paths = _paths(
        tmp_path,
        "README.md",
        "# API\n\nAll routes are prefixed by:\n\n```\n/insight-api/\n```\n\n### Transaction\n\n```\n"
        "  /insight-api/tx/[:txid]\n  /insight-api/tx/525de308971eabd941b139f46c7198b5af9479325c2395db7f2f\n"
        "```\n\n### Block Summaries\n\nGet block summaries by date:\n\n```\n"
        "  /insight-api/blocks?limit=3&blockDate=2016-04-22\n```\n\n"
        "### Sending\n\nPOST method:\n\n```\n  /insight-api/tx/send\n```\n",
    )
    assert sorted((m, p) for p, ops in paths.items() for m in ops) == [
        ("get", "/insight-api/blocks"),
        ("get", "/insight-api/tx/{txid}"),
        ("post", "/insight-api/tx/send"),
    ]
    assert params_of(paths["/insight-api/blocks"]["get"]) == {("limit", "query"): False, ("blockDate", "query"): False}


def test_a_lone_example_path_in_a_document_that_states_routes_otherwise_is_no_route(tmp_path: Path) -> None:
    paths = _paths(
        tmp_path,
        "README.md",
        "# Admin\n\nSend a `GET` request to `localhost:8889/status`.\n\n"
        "Repeated keys are joined:\n\n```\n/url?array=one&array=two\n```\n",
    )
    assert sorted(paths) == ["/status"]


def test_a_path_segment_in_capitals_joined_by_underscores_is_a_placeholder(tmp_path: Path) -> None:
    paths = _paths(
        tmp_path,
        "README.md",
        "# API\n\n### Subscribe\n\n    POST /subscriber/SUBSCRIBER_ID/subscriptions/EVENT_NAME\n\n"
        "### Unsubscribe\n\n    DELETE /subscriber/SUBSCRIBER_ID/subscriptions/EVENT_NAME\n",
    )
    assert set(paths) == {"/subscriber/{subscriber_id}/subscriptions/{event_name}"}


def test_a_heading_or_label_saying_mandatory_or_optional_gives_the_required_flag_of_the_list_under_it(
    tmp_path: Path,
) -> None:
    paths = _paths(
        tmp_path,
        "README.md",
        "### Register\n\n    POST /subscribers\n\n##### Mandatory parameters:\n\n"
        "- `proto`: The protocol to be used for the subscriber.\n- `token`: The device registration id.\n\n"
        "##### Optional parameters:\n\n- `lang`: The language code.\n",
    )
    assert params_of(paths["/subscribers"]["post"]) == {
        ("proto", "body"): True,
        ("token", "body"): True,
        ("lang", "body"): False,
    }


def test_path_headings_under_a_heading_that_names_their_method(tmp_path: Path) -> None:
    """`## GET Endpoints`, then one `###` heading per route holding the path and its summary; the server is the
    one the service is said to be launched at."""
    doc = tmp_path / "README.md"
    doc.write_text(
        "# REST API\n\nThis will launch the service (with default settings) at `http://localhost:3232/bws/api`.\n\n"
        "## GET Endpoints\n\n### `/v1/wallets/`: Get wallet information\n\nReturns the wallet.\n\n"
        "### `/v1/txnotes/:txid`: Get user notes\n\n## POST Endpoints\n\n"
        "### `/v1/wallets/`: Create a new Wallet\n\nRequired Arguments: name, m, n.\n\n"
        "## Notes\n\n### `/v9/nothing/`: a path under a heading naming no method\n",
        encoding="utf-8",
    )
    openapi = extract_openapi(doc, Diagnostics())
    assert openapi["servers"] == [{"url": "http://localhost:3232/bws/api"}]
    paths = openapi["paths"]
    assert sorted((m, p) for p, ops in paths.items() for m in ops) == [
        ("get", "/v1/txnotes/{txid}"),
        ("get", "/v1/wallets/"),
        ("post", "/v1/wallets/"),
    ]


def test_express_routes_with_value_constraints_and_optional_groups_and_task_lists(tmp_path: Path) -> None:
    """osm-p2p-server's route list: `:type(node|way|relation)` constrains a placeholder, `/api(/0.6)?` is an
    optional group; in a task list, `[ ]` items are routes not implemented yet."""
    paths = _paths(
        tmp_path,
        "README.md",
        "# Routes\n\n- [x] `GET /api(/0.6)?/capabilities`\n- [x] `GET /api/0.6/:type(node|way|relation)/:id`\n"
        "- [x] `PUT /api/0.6/changeset/:id/close`\n- [ ] `GET /api/0.6/:type(way|relation)/:id/full`\n",
    )
    assert sorted((m, p) for p, ops in paths.items() for m in ops) == [
        ("get", "/api/0.6/capabilities"),
        ("get", "/api/0.6/{type}/{id}"),
        ("put", "/api/0.6/changeset/{id}/close"),
    ]


def test_uri_template_query_expansions_are_optional_query_parameters(tmp_path: Path) -> None:
    paths = _paths(
        tmp_path,
        "queues.rst",
        "Claims\n======\n\n.. code:: rest\n\n    POST /v2/queues/{queue_name}/claims{?limit}\n\n"
        "Queues\n======\n\n.. code:: rest\n\n    GET /v2/queues{?marker,limit,detailed}\n",
    )
    assert params_of(paths["/v2/queues/{queue_name}/claims"]["post"]) == {
        ("queue_name", "path"): True,
        ("limit", "query"): False,
    }
    assert params_of(paths["/v2/queues"]["get"]) == {
        ("marker", "query"): False,
        ("limit", "query"): False,
        ("detailed", "query"): False,
    }


def test_a_javascript_object_sketch_gives_the_body_fields_and_optional_comments_their_flags(tmp_path: Path) -> None:
    """agenda-rest's README: the body as a JavaScript object with shorthand keys and `// (optional)` comments, the
    nested objects' own keys not the body's."""
    paths = _paths(
        tmp_path,
        "README.md",
        "### **POST `/api/job`**\n\nDefines a new category of jobs\n\n- Method: POST\n- Data:\n\n```javascript\n{\n"
        "    name,           // New job type's name\n    url,            // koa-router style url\n"
        "    method,         // (optional) Request type, default: POST\n"
        "    callback: {     // (optional) to call with response after invocation\n        url,\n"
        "        headers     // e.g. { Authorization: '<token>' }\n    }\n}\n```\n",
    )
    assert params_of(paths["/api/job"]["post"]) == {
        ("name", "body"): True,
        ("url", "body"): True,
        ("method", "body"): False,
        ("callback", "body"): False,
    }


def test_the_word_id_right_after_a_placeholder_is_a_placeholder(tmp_path: Path) -> None:
    paths = _paths(
        tmp_path,
        "README.md",
        "# Routes\n\n    GET /<db>/<collection>/id\n    DELETE /<db>/<collection>/id\n"
        "    GET /<db>/<collection>/stats\n",
    )
    assert sorted(paths) == ["/{db}/{collection}/stats", "/{db}/{collection}/{id}"]


def test_a_sphinx_route_given_as_a_regular_expression_is_a_placeholder(tmp_path: Path) -> None:
    """autotornado (Flower's API reference) prints Tornado's routes: `/api/task/info/(.*)`, `/(.+)`."""
    page = (
        '<html><body><h1>API</h1><dl class="http get"><dt id="get--api-task-info-(.-)">'
        "GET /api/task/info/(.*)</dt><dd><p>Get a task info</p></dd></dl>"
        '<dl class="http post"><dt>POST /api/worker/shutdown/(.+)</dt><dd><p>Shut a worker down</p></dd></dl>'
        "</body></html>"
    )
    paths = _paths(tmp_path, "api.html", page)
    assert sorted(paths) == ["/api/task/info/{param}", "/api/worker/shutdown/{param}"]


def test_sections_titled_by_endpoint_names_take_the_methods_a_page_wide_sentence_states(tmp_path: Path) -> None:
    """Splash's HTTP API page: sections titled by the endpoint's bare name, one sentence saying how every endpoint
    is called, the folder the names sit in shown by an example URL; a section stating its own route keeps it."""
    paths = _paths(
        tmp_path,
        "README.md",
        "# Thumbnailer\n\nEach of the endpoints accepts a GET with a query string, or a POST of a JSON object.\n"
        "The `resize` and `crop.jpg` endpoints return images; `health` reports the status.\n\n"
        "## resize\n\nScale a picture.\n\n- `src` (string, required): the picture\n- `w` (integer): the width\n\n"
        "Example: `http://img.example.com/v1/resize?src=a.png&w=10`\n\n"
        "## crop.jpg\n\nCut a picture.\n\n- `src` (string, required): the picture\n\n"
        "## health\n\nThe `health` endpoint: `GET /v1/health`.\n\n## Notes\n\nNothing for all endpoints here.\n",
    )
    assert sorted((m, p) for p, ops in paths.items() for m in ops) == [
        ("get", "/v1/crop.jpg"),
        ("get", "/v1/health"),
        ("get", "/v1/resize"),
        ("post", "/v1/crop.jpg"),
        ("post", "/v1/resize"),
    ]
    assert params_of(paths["/v1/resize"]["get"]) == {("src", "query"): True, ("w", "query"): False}
    assert params_of(paths["/v1/resize"]["post"]) == {("src", "body"): True, ("w", "body"): False}


def test_a_definition_terms_required_classifier_marks_the_parameter_required(tmp_path: Path) -> None:
    """reStructuredText classifiers after a definition term (`name : type : required`) state the flag."""
    paths = _paths(
        tmp_path,
        "api.rst",
        "Search\n======\n\n``POST /v2/search``\n\nArguments:\n\n"
        "query : string : required\n    What to look for.\n\n"
        "page : integer : optional\n    Which page.\n\n"
        "lang : string\n    The language.\n",
    )
    assert params_of(paths["/v2/search"]["post"]) == {
        ("query", "body"): True,
        ("page", "body"): False,
        ("lang", "body"): False,
    }


def test_a_section_that_says_its_parameters_are_another_sections_takes_them(tmp_path: Path) -> None:
    """A section saying "same as X, plus the following:" or "takes the same fields as X" gets X's parameter
    list (through a chain); "returns the same as X" is about the response and copies nothing."""
    table = "| Name | Type | Required | Description |\n|---|---|---|---|\n"
    paths = _paths(
        tmp_path,
        "README.md",
        "# Jobs\n\n## POST /v1/jobs\n\nCreate a job.\n\n" + table + "| title | string | yes | The title |\n"
        "| due | string | no | When |\n\n"
        "## PUT /v1/jobs/{id}\n\nBody: same as `POST /v1/jobs`, plus the following:\n\n"
        + table
        + "| force | boolean | no | Overwrite |\n\n"
        "## PATCH /v1/jobs/{id}\n\nThis operation takes the same fields as `PUT /v1/jobs/{id}`.\n\n"
        "## DELETE /v1/jobs/{id}\n\nReturns the same as `POST /v1/jobs`.\n",
    )
    assert params_of(paths["/v1/jobs/{id}"]["put"]) == {
        ("id", "path"): True,
        ("title", "body"): True,
        ("due", "body"): False,
        ("force", "body"): False,
    }
    assert params_of(paths["/v1/jobs/{id}"]["patch"]) == params_of(paths["/v1/jobs/{id}"]["put"])
    assert params_of(paths["/v1/jobs/{id}"]["delete"]) == {("id", "path"): True}


def test_a_list_item_written_as_name_equals_value_names_the_parameter(tmp_path: Path) -> None:
    paths = _paths(
        tmp_path,
        "README.md",
        "## GET /v3/orders\n\nList orders.\n\nQuery parameters:\n\n"
        "- `state={state}` (optional) Only orders in this state.\n- `page=N` The page to return.\n",
    )
    assert params_of(paths["/v3/orders"]["get"]) == {("state", "query"): False, ("page", "query"): False}


def test_parameter_lists_in_a_section_of_their_own_go_to_the_requests_its_sentence_names(tmp_path: Path) -> None:
    """A section that names several requests and says they take parameters, then lists them: each request
    takes every list that follows (a note between lists aside); a section stating one route is its own."""
    paths = _paths(
        tmp_path,
        "README.md",
        "# Shop\n\n## GET /v3/orders\n\nList orders.\n\n## GET /v3/invoices\n\nList invoices.\n\n"
        "## Paging\n\nEach of the list requests, `GET /v3/orders` and `GET /v3/invoices`, supports these "
        "parameters:\n\n- `offset` - where to start\n- `count` - how many\n\nSome note about counts.\n\n"
        "- `order=asc` (optional) The sort order.\n",
    )
    expected = {("offset", "query"): False, ("count", "query"): False, ("order", "query"): False}
    assert params_of(paths["/v3/orders"]["get"]) == expected
    assert params_of(paths["/v3/invoices"]["get"]) == expected


def test_a_heading_made_of_several_request_lines_describes_each_of_them(tmp_path: Path) -> None:
    """`### **POST `/api/job/once`** & **POST `/api/job/every`**` over one body: each request takes it; a heading
    that says more than its request lines is left as it is."""
    paths = _paths(
        tmp_path,
        "README.md",
        "# Tags\n\n## `PUT /v2/tags/{tag}` or `PATCH /v2/tags/{tag}`\n\nBody fields:\n\n"
        "- `colour` (string, required): the colour\n- `note` (string): a note\n\n"
        "## Moving from GET /v1/tags to GET /v2/tags\n\n- `page` (integer): which page\n",
    )
    expected = {("tag", "path"): True, ("colour", "body"): True, ("note", "body"): False}
    assert params_of(paths["/v2/tags/{tag}"]["put"]) == expected
    assert params_of(paths["/v2/tags/{tag}"]["patch"]) == expected
    assert params_of(paths["/v2/tags"]["get"]) == {}


def test_a_body_given_as_the_same_as_another_requests_is_that_requests_example(tmp_path: Path) -> None:
    """ "Data: same as POST `/api/job`": the other operation's request body (not its response), and the request
    line in the reference names no operation of this section."""
    paths = _paths(
        tmp_path,
        "README.md",
        '## POST /v1/notes\n\nRequest body:\n\n```json\n{"title": "Groceries", "text": "milk"}\n```\n\n'
        'Response:\n\n```json\n{"created": true}\n```\n\n'
        "## PUT /v1/notes/{id}\n\nReplace a note.\n\n* Body: same as for `POST /v1/notes`\n",
    )
    assert params_of(paths["/v1/notes/{id}"]["put"]) == {
        ("id", "path"): True,
        ("title", "body"): False,
        ("text", "body"): False,
    }


def test_header_lines_in_a_code_block_are_headers_the_request_sends(tmp_path: Path) -> None:
    """A block of `Name: value` lines (names quoted or not) after the request line, and an example request
    line over such lines, which is then an example of the stated template, not a route of its own."""
    paths = _paths(
        tmp_path,
        "README.md",
        "## Upload a file\n\n```\n[PUT] /files/{name}\n```\n\nThe request carries headers of its own.\n\n"
        '```\nX-Checksum: {sha}\n"X-Overwrite": yes\n```\n\nFor instance.\n\n'
        "```\n[PUT] /files/report.pdf\n\n'X-Tag': 'q3'\n```\n",
    )
    assert sorted(paths) == ["/files/{name}"]
    assert params_of(paths["/files/{name}"]["put"]) == {
        ("name", "path"): True,
        ("X-Checksum", "header"): False,
        ("X-Overwrite", "header"): False,
        ("X-Tag", "header"): False,
    }


def test_an_objects_attribute_list_beside_its_routes_is_the_body_of_the_post_that_creates_one(tmp_path: Path) -> None:
    paths = _paths(
        tmp_path,
        "README.md",
        "## Widgets\n\nEvery widget contains the following properties:\n\n- `id` - assigned by the server\n"
        "- `label` - what it is called\n- `size` - how big\n\n"
        "| Method | Path | Description |\n|---|---|---|\n| GET | /api/widgets | List them |\n"
        "| POST | /api/widgets | Make one |\n| PUT | /api/widgets/{wid} | Replace one |\n",
    )
    assert params_of(paths["/api/widgets"]["post"]) == {("label", "body"): False, ("size", "body"): False}
    assert params_of(paths["/api/widgets/{wid}"]["put"]) == {("wid", "path"): True}


def test_a_wikitext_bold_name_leads_a_parameter_item(tmp_path: Path) -> None:
    """TiddlyWiki's own markup: `''name''` is bold, as `**name**` in Markdown."""
    paths = _paths(
        tmp_path,
        "search.md",
        "# Search\n\n```\nGET /api/search\n```\n\nParameters:\n\n"
        "* ''q'' - the text to find (required)\n* ''limit'' - how many to return (optional)\n",
    )
    assert params_of(paths["/api/search"]["get"]) == {("q", "query"): True, ("limit", "query"): False}


def test_a_path_wrapped_over_two_lines_of_a_table_cell_is_one_path(tmp_path: Path) -> None:
    """A grid-table cell whose path goes on on the next line (and reaches the cell's border) is one path."""
    table = (
        "+--------+-----------------------------+--------------+\n"
        "| Verb   | URI                         | Notes        |\n"
        "+========+=============================+==============+\n"
        "| PUT    | /projects/{project}/members/| Grant roles  |\n"
        "|        | {member}/roles              | to a member  |\n"
        "+--------+-----------------------------+--------------+\n"
        "| GET    | /projects/{project}         | One project  |\n"
        "+--------+-----------------------------+--------------+\n"
    )
    paths = _paths(tmp_path, "api.rst", "Projects\n========\n\n" + table)
    assert sorted(paths) == ["/projects/{project}", "/projects/{project}/members/{member}/roles"]


def test_a_one_row_endpoint_table_makes_its_section_that_requests(tmp_path: Path) -> None:
    """A section that states its request only as the one row of a Method / URL table describes that request."""
    paths = _paths(
        tmp_path,
        "README.md",
        "# Boards\n\n## Rename a board\n\n| Method | URL |\n|---|---|\n| PATCH | /boards/{board} |\n\n"
        "Request attributes:\n\n| Name | Type | Description |\n|---|---|---|\n| title | string | The new title |\n\n"
        "## Remove a board\n\n| Method | URL |\n|---|---|\n| DELETE | /boards/{board} |\n",
    )
    assert params_of(paths["/boards/{board}"]["patch"]) == {("board", "path"): True, ("title", "body"): False}
    assert params_of(paths["/boards/{board}"]["delete"]) == {("board", "path"): True}


def test_an_endpoint_tables_header_column_names_headers_and_unmarked_ones_are_required(tmp_path: Path) -> None:
    """Where the page marks some headers "(optional)", one it leaves unmarked is required."""
    row = "| Verb | Endpoint | Header |\n|---|---|---|\n"
    paths = _paths(
        tmp_path,
        "README.md",
        "# Carts\n\n## Get a cart\n\n" + row + "| GET | /carts/{cart} | X-Trace-Id (optional) |\n\n"
        "## Add a cart\n\n" + row + "| POST | /carts | X-Tenant |\n",
    )
    assert params_of(paths["/carts/{cart}"]["get"]) == {("cart", "path"): True, ("X-Trace-Id", "header"): False}
    assert params_of(paths["/carts"]["post"]) == {("X-Tenant", "header"): True}


def test_a_header_a_sentence_says_must_be_sent_is_required(tmp_path: Path) -> None:
    paths = _paths(
        tmp_path,
        "README.md",
        "## POST /v1/uploads\n\nStart an upload. The `Upload-Length` header must always be sent, and a header "
        '("X-Tenant") must be present too. The X-Debug header may be given.\n',
    )
    assert params_of(paths["/v1/uploads"]["post"]) == {
        ("Upload-Length", "header"): True,
        ("X-Tenant", "header"): True,
    }


def test_headers_listed_after_a_sentence_naming_a_method_go_to_that_methods_request(tmp_path: Path) -> None:
    """A section stating two requests lists headers "for a `PUT` request": the PUT takes them, the DELETE does not;
    "required, unless ..." is a condition, so not required."""
    paths = _paths(
        tmp_path,
        "README.md",
        "## Blobs\n\nSend a `PUT` request to `/blobs/{id}` to store a blob; a `DELETE` request to `/blobs/{id}` "
        "removes it.\n\nThe server reads these headers with a `PUT` request:\n\n"
        "- `X-Blob-Kind` This header is required, unless the kind can be guessed.\n"
        "- `X-Blob-Owner` This header is required.\n- `X-Blob-Note` This header is optional.\n",
    )
    assert params_of(paths["/blobs/{id}"]["put"]) == {
        ("id", "path"): True,
        ("X-Blob-Kind", "header"): False,
        ("X-Blob-Owner", "header"): True,
        ("X-Blob-Note", "header"): False,
    }
    assert params_of(paths["/blobs/{id}"]["delete"]) == {("id", "path"): True}


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
