"""Structures of hand-written API documentation (the registry batches, benchmarks/docs/registry_truth): each
rule is written for the structure a page uses, not for the project that showed it first."""

from __future__ import annotations

from pathlib import Path

from operations import extracted_paths as _paths
from operations import params_of

from mcpgen.diagnostics import Diagnostics
from mcpgen.ingest.docs import extract_openapi


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


def test_a_labelled_url_in_a_code_span_keeps_its_underscores(tmp_path: Path) -> None:
    """`<code>/api/v1/delete_scan</code>` is the path as it is; only emphasis outside code marks a placeholder."""
    paths = _paths(
        tmp_path,
        "apidocs.html",
        "<html><body><h2>Delete a Scan</h2><ul><li><p><strong>URL:</strong> <code>/api/v1/delete_scan</code></p></li>"
        "<li><p><strong>Method:</strong> <code>POST</code></p></li></ul>"
        "<h2>Scan logs</h2><ul><li><strong>URL:</strong> /api/v1/scan_logs/<em>:hash</em></li>"
        "<li><strong>Method:</strong> GET</li></ul></body></html>",
    )
    assert sorted((m, p) for p, ops in paths.items() for m in ops) == [
        ("get", "/api/v1/scan_logs/{hash}"),
        ("post", "/api/v1/delete_scan"),
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
