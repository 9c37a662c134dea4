"""Hand-written documentation formats: reStructuredText (httpdomain), AsciiDoc, MDX route components, HTML
endpoint lists and client-side templates (operations told apart by a selector: test_docs_selectors.py)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import shared_spec
from operations import params_of

import mcpgen
from mcpgen.conformance.report import Outcome
from mcpgen.conformance.runner import CheckOptions
from mcpgen.diagnostics import Diagnostics
from mcpgen.ingest.docs import extract_openapi

RST = """\
Widgets
=======

.. http:get:: /shops/(int:shop_id)/widgets
    :synopsis: Lists the widgets of a shop

    Lists widgets.

    :param shop_id: The shop
    :query string colour: Only widgets of this colour
    :query integer limit: How many. *Required*
    :<header X-Request-Id: Correlates logs
    :>json string name: The widget's name (a response field, not a parameter)
    :code 200: Listed

    **Request**:

    .. code-block:: http

        GET /shops/7/widgets?limit=3 HTTP/1.1
        Host: example.com

.. http:post:: /shops/(int:shop_id)/widgets

    Creates a widget.

    :<json string name: The name. *Required*
    :<json integer size: The size

.. include:: {secret}
"""


def test_restructuredtext_field_lists_outside_directives_are_parameters(tmp_path: Path) -> None:
    doc = tmp_path / "search.rst"
    doc.write_text(
        "Search\n======\n\nGET /search\n-----------\n\nSearches.\n\n"
        ":query q: The terms. *Required*\n:query int page: The page\n:reqheader X-Token: A token\n",
        encoding="utf-8",
    )
    search = extract_openapi(doc, Diagnostics())["paths"]["/search"]["get"]
    assert params_of(search) == {("q", "query"): True, ("page", "query"): False, ("X-Token", "header"): False}


def test_restructuredtext_httpdomain_directives_give_operations_and_their_fields(tmp_path: Path) -> None:
    (tmp_path / "outside").mkdir()
    secret = tmp_path / "outside" / "secret.txt"
    secret.write_text("GET /stolen/secret\n", encoding="utf-8")
    (tmp_path / "docs").mkdir()
    doc = tmp_path / "docs" / "widgets.rst"
    doc.write_text(RST.format(secret=secret), encoding="utf-8")
    openapi = extract_openapi(doc, Diagnostics())
    assert set(openapi["paths"]) == {"/shops/{shop_id}/widgets"}  # an include outside the docs' folder is not read
    listing = openapi["paths"]["/shops/{shop_id}/widgets"]["get"]
    assert params_of(listing) == {
        ("shop_id", "path"): True,
        ("colour", "query"): False,
        ("limit", "query"): True,
        ("X-Request-Id", "header"): False,
    }
    assert listing["summary"] == "Lists the widgets of a shop"
    create = openapi["paths"]["/shops/{shop_id}/widgets"]["post"]
    assert params_of(create) == {("shop_id", "path"): True, ("name", "body"): True, ("size", "body"): False}
    assert create["x-mcpgen-source"]["file"] == "widgets.rst"


MDX = """\
---
title: Webhooks
---
import {Route} from '/snippets/route.jsx'

## Create Webhook
<Route method="POST">/channels/[\\{channel.id\\}](/docs/channel)/webhooks</Route>

<Info>
This endpoint supports the `X-Audit-Log-Reason` header.
</Info>

<ManualAnchor id="create-webhook-json-params" />
###### JSON Params

| Field   | Type   | Description          |
|---------|--------|----------------------|
| name    | string | name of the webhook  |
| avatar? | ?image | image for the avatar |

## Get Index

<RouteHighlighter method="GET" path="/indexes/{index_uid}" />

### Query parameters

| Name | Type | Description |
| :--- | :--- | :--- |
| **`fields`** | String | Fields to show |
| **`strict`** * | Boolean | Required flag |
"""


def test_mdx_route_components_state_operations_and_component_wrappers_keep_their_markdown(tmp_path: Path) -> None:
    doc = tmp_path / "webhooks.mdx"
    doc.write_text(MDX, encoding="utf-8")
    openapi = extract_openapi(doc, Diagnostics())
    assert set(openapi["paths"]) == {"/channels/{channel_id}/webhooks", "/indexes/{index_uid}"}
    create = openapi["paths"]["/channels/{channel_id}/webhooks"]["post"]
    assert params_of(create) == {
        ("channel_id", "path"): True,  # `{channel.id}`: a dot in a template is attribute access to OpenAPI tools
        ("X-Audit-Log-Reason", "header"): False,
        ("name", "body"): True,  # the table marks optional names with `?`: the others are required
        ("avatar", "body"): False,
    }
    index = openapi["paths"]["/indexes/{index_uid}"]["get"]
    assert params_of(index) == {("index_uid", "path"): True, ("fields", "query"): False, ("strict", "query"): True}


HTML = """\
<!-- licence -->
<script id="page" type="text/x-handlebars-template">
<h3>REST API</h3>
<p>The following are the currently supported REST API endpoints:</p>
<ul>
  <li><code>GET /connectors</code> - return a list of active connectors</li>
  <li><code>GET /connectors/{name}</code> - get information about a connector</li>
  <li><code>POST /connectors</code> - create a new connector; the request body should be a JSON object
      containing a string <code>name</code> field and an object <code>config</code> field. It may also
      optionally contain a string <code>initial_state</code> field</li>
  <li><code>POST /connectors/{name}/restart?includeTasks=&lt;true|false&gt;</code> - restart a connector
    <ul><li>the "includeTasks" parameter restarts the tasks too, with the default ("false")</li></ul>
  </li>
</ul>
<p>For example, <code>GET /connectors/file-source</code> shows one.</p>
</script>
"""


def test_an_html_endpoint_list_inside_a_page_template_gives_operations_with_prose_parameters(tmp_path: Path) -> None:
    doc = tmp_path / "connect.html"
    doc.write_text(HTML, encoding="utf-8")
    openapi = extract_openapi(doc, Diagnostics())
    # `GET /connectors/file-source` in running text is an example of `GET /connectors/{name}`
    assert set(openapi["paths"]) == {"/connectors", "/connectors/{name}", "/connectors/{name}/restart"}
    assert openapi["paths"]["/connectors/{name}"]["get"]["description"] == "get information about a connector"
    assert params_of(openapi["paths"]["/connectors"]["post"]) == {
        ("name", "body"): True,
        ("config", "body"): True,
        ("initial_state", "body"): False,
    }
    assert params_of(openapi["paths"]["/connectors/{name}/restart"]["post"]) == {
        ("name", "path"): True,
        ("includeTasks", "query"): False,
    }


ADOC = """\
[id='counters_get']
= Getting Counter Values
Retrieve counter values with `GET` requests.

[source,options="nowrap",subs=attributes+]
----
GET /rest/v2/counters/{counterName}
----

.Headers
|===
|Header |Required or Optional |Parameter

|`Trace-Id`
|REQUIRED
|Correlates requests.
|===

include::{secret}[]

= Resetting Counters

[source]
----
POST /rest/v2/counters/{counterName}?action=reset
----
"""


@pytest.mark.skipif(shutil.which("node") is None, reason="AsciiDoc is read by Asciidoctor.js, which needs Node")
def test_asciidoc_source_blocks_and_captioned_tables_give_operations(tmp_path: Path) -> None:
    secret = tmp_path / "secret.adoc"
    secret.write_text("----\nDELETE /stolen\n----\n", encoding="utf-8")
    doc = tmp_path / "counters.adoc"
    doc.write_text(ADOC.replace("{secret}", str(secret)), encoding="utf-8")
    openapi = extract_openapi(doc, Diagnostics())
    assert set(openapi["paths"]) == {"/rest/v2/counters/{counterName}"}  # the include is never read
    assert set(openapi["x-ms-paths"]) == {"/rest/v2/counters/{counterName}?action=reset"}
    get = openapi["paths"]["/rest/v2/counters/{counterName}"]["get"]
    assert params_of(get) == {("counterName", "path"): True, ("Trace-Id", "header"): True}
    assert get["x-mcpgen-source"]["line"] == 6  # the AsciiDoc line, not the HTML Asciidoctor made of it


MINTLIFY = """\
---
title: "Create a user"
api: "POST https://api.example.com/v1/users"
---

Creates a user.

<ParamField header="X-Org-Id" type="string" required>
  The organisation.
</ParamField>

<ParamField body="email" type="string" required>
  The user's e-mail address.
</ParamField>

<ParamField body="age" type="integer">The age.</ParamField>

<ParamField query="notify" type="boolean">Send a welcome mail.</ParamField>

<ResponseField name="id" type="string">The new user's id.</ResponseField>
"""


def test_mdx_parameter_components_and_a_front_matter_route_give_the_operation(tmp_path: Path) -> None:
    doc = tmp_path / "create-user.mdx"
    doc.write_text(MINTLIFY, encoding="utf-8")
    openapi = extract_openapi(doc, Diagnostics())
    assert openapi["servers"] == [{"url": "https://api.example.com"}]
    create = openapi["paths"]["/v1/users"]["post"]
    assert params_of(create) == {
        ("X-Org-Id", "header"): True,
        ("notify", "query"): False,
        ("email", "body"): True,
        ("age", "body"): False,
    }
    assert create["x-mcpgen-source"]["line"] == 3  # the front matter's `api:` line


REFERENCE_HTML = """\
<html><body>
<h2>Create a customer</h2>
<p><code>POST /v1/customers</code></p>
<h3>Parameters</h3>
<ul>
<li><strong>email</strong> <em>required</em> <p>Customer's email address.</p></li>
<li><strong>name</strong> string <em>optional</em> <p>The name.</p></li>
<li><code>metadata</code> (object) <p>Key-value pairs.</p></li>
</ul>
<p>Not parameters:</p>
<ul><li>Customers are billed monthly</li><li>Emails are unique</li></ul>
</body></html>
"""


def test_list_items_that_give_a_name_then_its_type_or_flag_without_a_separator_are_parameters(tmp_path: Path) -> None:
    doc = tmp_path / "customers.html"
    doc.write_text(REFERENCE_HTML, encoding="utf-8")
    create = extract_openapi(doc, Diagnostics())["paths"]["/v1/customers"]["post"]
    assert params_of(create) == {("email", "body"): True, ("name", "body"): False, ("metadata", "body"): False}
    schema = create["requestBody"]["content"]["application/json"]["schema"]["properties"]
    assert (schema["name"]["type"], schema["metadata"]["type"]) == ("string", "object")


SPRING_REST_DOCS = """\
= Users API

== Listing users

=== Request parameters

|===
|Parameter|Description

|`page`
|The page to retrieve
|===

=== Example request

[source,http,options="nowrap"]
----
GET /api/users?page=2 HTTP/1.1
Host: localhost:8080

----

== Getting a user

=== Path parameters

./api/users/{id}
|===
|Parameter|Description

|`id`
|The user's id
|===

=== Example request

[source,http,options="nowrap"]
----
GET /api/users/42 HTTP/1.1
Host: localhost:8080

----
"""


@pytest.mark.skipif(shutil.which("node") is None, reason="AsciiDoc is read by Asciidoctor.js, which needs Node")
def test_a_path_template_stated_only_as_a_caption_generalises_the_example_requests(tmp_path: Path) -> None:
    """Spring REST Docs' shape: example requests with concrete values, the template as a table's caption."""
    doc = tmp_path / "users.adoc"
    doc.write_text(SPRING_REST_DOCS, encoding="utf-8")
    paths = extract_openapi(doc, Diagnostics())["paths"]
    assert set(paths) == {"/api/users", "/api/users/{id}"}
    assert params_of(paths["/api/users"]["get"]) == {("page", "query"): False}
    assert params_of(paths["/api/users/{id}"]["get"]) == {("id", "path"): True}


BLUEPRINT = """\
FORMAT: 1A
HOST: https://notes.example.com

# Notes API

## Notes Collection [/notes{?limit}]

### List notes [GET]

+ Parameters
    + limit (number, optional) - How many notes

### Create a note [POST]

+ Request (application/json)

        {"title": "Buy milk", "done": false}

## Note [/notes/{id}]

+ Parameters
    + id (number, required) - The note's id

### Retrieve a note [GET]

### Delete a note [DELETE]
"""


def test_api_blueprint_resources_and_actions_give_operations(tmp_path: Path) -> None:
    doc = tmp_path / "notes.apib.md"
    doc.write_text(BLUEPRINT, encoding="utf-8")
    openapi = extract_openapi(doc, Diagnostics())
    assert openapi["servers"] == [{"url": "https://notes.example.com"}]
    operations = {(m, p) for p, item in openapi["paths"].items() for m in item}
    assert operations == {("get", "/notes"), ("post", "/notes"), ("get", "/notes/{id}"), ("delete", "/notes/{id}")}
    assert params_of(openapi["paths"]["/notes"]["get"]) == {("limit", "query"): False}
    create = params_of(openapi["paths"]["/notes"]["post"])
    assert {k for k in create if k[1] == "body"} == {("title", "body"), ("done", "body")}  # the Request body
    assert params_of(openapi["paths"]["/notes/{id}"]["delete"]) == {("id", "path"): True}


def test_an_example_request_for_another_api_inside_an_operations_section_is_an_aside(tmp_path: Path) -> None:
    doc = tmp_path / "edit.md"
    doc.write_text(
        "# Documents\n\n## Edit documents\n\n`POST /indexes/{uid}/documents/edit`\n\n"
        "First enable the feature:\n\n```\ncurl -X PATCH 'http://localhost:7700/experimental-features' "
        "--data-binary '{\"editDocumentsByFunction\": true}'\n```\n",
        encoding="utf-8",
    )
    diags = Diagnostics()
    openapi = extract_openapi(doc, diags)
    assert set(openapi["paths"]) == {"/indexes/{uid}/documents/edit"}
    [aside] = [d for d in diags.items if d.code == "docs-example-aside"]
    assert "PATCH /experimental-features" in aside.message and aside.line == 9


INVENTORY_HTML = """\
<!DOCTYPE html><html><head><title>Inventory API</title></head><body>
<h1>Inventory API</h1>
<p>All requests go to <code>https://inventory.example.org/api/v2</code>. Authenticate with an
<code>X-API-Key</code> header.</p>
<table>
<tr><th>Method</th><th>Endpoint</th><th>Description</th></tr>
<tr><td>GET</td><td>/items</td><td>List items</td></tr>
<tr><td>POST</td><td>/items</td><td>Add an item</td></tr>
</table>
<h2>List items</h2>
<pre>GET /items?category=tools&amp;page=1</pre>
<h2>Add an item</h2>
<pre>POST /items</pre>
<p>Body (JSON):</p>
<pre>{"sku": "HAM-01", "name": "Hammer", "stock": 12}</pre>
<p><code>sku</code> and <code>name</code> are required.</p>
</body></html>
"""


def test_base_url_auth_header_and_required_fields_stated_in_sentences(tmp_path: Path) -> None:
    doc = tmp_path / "inventory.html"
    doc.write_text(INVENTORY_HTML, encoding="utf-8")
    openapi = extract_openapi(doc, Diagnostics())
    assert openapi["servers"] == [{"url": "https://inventory.example.org/api/v2"}]
    assert openapi["components"]["securitySchemes"] == {
        "xApiKeyHeader": {"type": "apiKey", "in": "header", "name": "X-API-Key"}
    }
    # the example query does not make `?category=tools` an operation of its own: the overview shows none
    assert set(openapi["paths"]) == {"/items"} and "x-ms-paths" not in openapi
    assert params_of(openapi["paths"]["/items"]["get"]) == {("category", "query"): False, ("page", "query"): False}
    assert params_of(openapi["paths"]["/items"]["post"]) == {
        ("sku", "body"): True,
        ("name", "body"): True,
        ("stock", "body"): False,
    }


def test_pathological_lines_are_read_in_linear_time(tmp_path: Path) -> None:
    """The MDX, prose and caption rules look at whole lines: none of them backtracks on a long one."""
    import time

    doc = tmp_path / "hostile.mdx"
    lines = [
        "<A " + "method=GET x " * 20000,
        "`a` and " * 5000,
        "/" + "{a}" * 50000,
        '<ParamField query="' + "x" * 100000,
        "## Get [GET /" + "x" * 50000,
    ]
    doc.write_text("# T\n\n`GET /ok`\n\n" + "\n\n".join(lines) + "\n", encoding="utf-8")
    started = time.perf_counter()
    openapi = extract_openapi(doc, Diagnostics())
    assert "/ok" in openapi["paths"]
    # a hang guard, not a benchmark: about 3 s alone on 2 cores; a rule that backtracks on lines of 50,000 to
    # 100,000 characters takes hours, and a loaded CI machine must not fail a linear reading
    assert time.perf_counter() - started < 60


HAND_WRITTEN = "docs/handwritten"


@pytest.mark.parametrize(
    "case",
    [
        "couchdb-database-document",
        "discord-webhook-emoji",
        "infinispan-rest",
        "kafka-connect-rest",
        "meilisearch-documents-indexes-keys",
    ],
)
def test_every_hand_written_set_builds_into_a_server_that_passes_mcpgen_test(case: str, tmp_path: Path) -> None:
    source = shared_spec(f"{HAND_WRITTEN}/{case}")
    if any(source.rglob("*.adoc")) and shutil.which("node") is None:
        pytest.skip("AsciiDoc is read by Asciidoctor.js, which needs Node")
    result = mcpgen.build(source, tmp_path / case, strict=False)
    assert not [d for d in result.diagnostics if d.severity.value == "error"]
    report = mcpgen.test(tmp_path / case, spec=source, options=CheckOptions(examples_per_tool=1, http=False))
    assert report.ok, report.console()[-3000:]
    assert report.count(Outcome.PASS) >= len(result.plan.service.tools)  # every tool was called


def test_a_json_example_right_after_a_request_line_is_its_body_and_one_after_a_caption_a_response(
    tmp_path: Path,
) -> None:
    doc = tmp_path / "notes.md"
    doc.write_text(
        "# Notes API\n\n## Create a note\n\n```\nPOST /notes\n```\n\n"
        '```json\n{"title": "Groceries", "body": "milk", "pinned": false}\n```\n\n'
        '## Log in\n\n`POST /login`\n\nReturns a token:\n\n```json\n{"token": "abc"}\n```\n',
        encoding="utf-8",
    )
    paths = extract_openapi(doc, Diagnostics())["paths"]
    body = paths["/notes"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    assert set(body["properties"]) == {"title", "body", "pinned"} and "required" not in body
    assert "requestBody" not in paths["/login"]["post"]


def test_an_httpdomain_option_written_after_a_blank_line_is_not_a_parameter(tmp_path: Path) -> None:
    doc = tmp_path / "buckets.rst"
    doc.write_text(
        "Buckets\n=======\n\n.. http:post:: /buckets\n\n    :synopsis: Creates a new bucket.\n\n"
        "    :<json string id: The bucket's id\n",
        encoding="utf-8",
    )
    create = extract_openapi(doc, Diagnostics())["paths"]["/buckets"]["post"]
    assert params_of(create) == {("id", "body"): False}
    assert "Creates a new bucket" in create.get("summary", "") + create.get("description", "")


def test_an_httpdomain_path_parameter_named_in_words_stays_one_parameter(tmp_path: Path) -> None:
    doc = tmp_path / "permissions.rst"
    doc.write_text(".. http:get:: /(object url)\n\n    Returns the object's permissions.\n", encoding="utf-8")
    paths = extract_openapi(doc, Diagnostics())["paths"]
    assert list(paths) == ["/{object_url}"]
    assert params_of(paths["/{object_url}"]["get"]) == {("object_url", "path"): True}
