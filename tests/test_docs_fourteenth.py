"""Structures of the fourteenth registry batch (benchmarks/docs/registry_truth, FIRST_CONTACT.md "Fourteenth
batch"): each rule is written for the structure a page uses, not for the project that showed it first."""

from __future__ import annotations

from pathlib import Path

from operations import params_of

from mcpgen.diagnostics import Diagnostics
from mcpgen.ingest.docs import extract_openapi

PAGE = """\
=============
The Admin API
=============

Service URLs
============
For instance, if the service url is ``http://127.0.0.1/gizmo/v1.0``
then the full API call for ``/pods`` is ``http://127.0.0.1/gizmo/v1.0/pods``.

Pods
====

+------------------+---------+-------+------------------------+
|**GET**           |/pods    |       |Retrieve Pod List       |
+------------------+---------+-------+------------------------+

The parameters limit and marker can be set in the URI, for example
``GET /v1.0/pods?limit=20&marker=5``.

+---------------+-------+-------+--------------------+
|**POST**       |/pods  |       |Create a Pod        |
+---------------+-------+-------+--------------------+

**Request**

+-----------+-------+---------------+------------------------------+
|Name       |In     |   Type        |    Description               |
+===========+=======+===============+==============================+
|region_name|body   | string        |the region of the pod.        |
+-----------+-------+---------------+------------------------------+
|az_name    |body   | string        |its availability zone.        |
+-----------+-------+---------------+------------------------------+

**Request Example**

This is an example of request information for ``POST /pods``.

::

    {"pod": {"region_name": "Pod1", "az_name": "az1"}}

+------------------+-----------------+--------+-------------------------+
|**DELETE**        |/pods/{pod_id}   |        |Delete a Pod             |
+------------------+-----------------+--------+-------------------------+

This deletes a pod.
"""


def test_one_row_route_tables_a_versioned_example_and_a_body_wrapped_in_its_resource(tmp_path: Path) -> None:
    """Each operation opens with a one-row table without a header (`**GET** | /pods | | Retrieve Pod List`);
    the service URL "For instance" is one deployment, not the API's base; ``GET /v1.0/pods?limit=20`` is the
    stated `GET /pods` behind the service URL's version; the Request table's body fields are sent inside the
    object the request example wraps them in (`{"pod": {...}}`), so the body is that object."""
    doc = tmp_path / "api.rst"
    doc.write_text(PAGE, encoding="utf-8")
    document = extract_openapi(doc, Diagnostics())
    paths = document["paths"]
    assert sorted((m, p) for p, ops in paths.items() for m in ops) == [
        ("delete", "/pods/{pod_id}"),
        ("get", "/pods"),
        ("post", "/pods"),
    ]
    assert not document.get("servers")
    assert params_of(paths["/pods"]["get"]) == {("limit", "query"): False, ("marker", "query"): False}
    assert params_of(paths["/pods"]["post"]) == {("pod", "body"): False}
    pod = paths["/pods"]["post"]["requestBody"]["content"]["application/json"]["schema"]["properties"]["pod"]
    assert set(pod["properties"]) == {"region_name", "az_name"}
    assert paths["/pods"]["get"]["summary"] == "Retrieve Pod List"


README = """\
# widget server

## API Endpoints

-   **POST** `/complete`: Given a `prompt`, it returns a completion.

    *Options:*

    `prompt`: Provide the prompt.

    `temperature`: Adjust the randomness. **Note:** may be ignored (default: 0.8).

    `stop`: Specify a JSON array of stopping strings.

    *Result JSON:*

    `content`: Completion result as a string.

-   **POST** `/embed`: Generate an embedding.

    *Options:*

    `content`: Set the text to process.

    **POST** `/infill`: For code infilling.

    *Options:*

    `input_prefix`: Set the prefix of the code to infill.

    It also accepts all the options of `/complete` except `stop` and `prompt`.

-   **POST** `/v1/chat/completions`: OpenAI-compatible chat.

```python
import openai
client = openai.OpenAI(base_url="http://localhost:8080/v1", api_key="sk-no-key-required")
```

... or raw HTTP requests:

```shell
curl http://localhost:8080/v1/chat/completions -H "Content-Type: application/json" \\
  -d '{"model": "gpt-3.5-turbo", "messages": []}'
```
"""


def test_option_runs_in_list_items_routes_in_one_item_and_a_client_base_for_some_routes(tmp_path: Path) -> None:
    """Options as "`name`: what it does" paragraphs after an *Options:* label inside a list item (up to a
    *Result JSON:* label, past a **Note:**); a second bold route inside an item whose dash was lost; "accepts all
    the options of `/complete` except `stop` and `prompt`"; a client's `base_url=".../v1"` that only the
    OpenAI-compatible route is under: the base is the origin, and a curl of that route is the stated route."""
    doc = tmp_path / "README.md"
    doc.write_text(README, encoding="utf-8")
    document = extract_openapi(doc, Diagnostics())
    paths = document["paths"]
    assert sorted(paths) == ["/complete", "/embed", "/infill", "/v1/chat/completions"]
    assert document["servers"] == [{"url": "http://localhost:8080"}]
    assert set(params_of(paths["/complete"]["post"])) == {("prompt", "body"), ("temperature", "body"), ("stop", "body")}
    assert set(params_of(paths["/embed"]["post"])) == {("content", "body")}
    assert set(params_of(paths["/infill"]["post"])) == {("input_prefix", "body"), ("temperature", "body")}
    assert {"model", "messages"} <= {name for name, _ in params_of(paths["/v1/chat/completions"]["post"])}


def test_a_slash_typed_twice_before_a_path_is_no_host(tmp_path: Path) -> None:
    """`HTTP GET "//weather/_providers"` in an example is the stated `/weather/_providers` (a host would hold
    a dot or a port: `//api.example.com/v1` stays a network-path reference)."""
    doc = tmp_path / "api.md"
    doc.write_text(
        "# Weather\n\n## Providers\n\nTo list them, submit an HTTP `GET` request to `/weather/_providers`.\n\n"
        "## The default\n\nTo get the default, submit an HTTP `GET` request to `/weather/_providers/_default`.\n\n"
        '*Example:*\n\n```typescript\nHTTP GET "//weather/_providers"\n```\n',
        encoding="utf-8",
    )
    assert sorted(extract_openapi(doc, Diagnostics())["paths"]) == [
        "/weather/_providers",
        "/weather/_providers/_default",
    ]


def test_names_a_bodiless_request_takes_when_given_are_optional_query_parameters(tmp_path: Path) -> None:
    """A route table's description: "When `post_logout_redirect_uri` is provided, redirects to it (appending
    `state` if supplied)": two optional query parameters of the GET; a POST's such names are not queries."""
    doc = tmp_path / "README.md"
    doc.write_text(
        "# Mock\n\n| Endpoint | Description |\n|---|---|\n"
        "| `GET /endsession` | When `post_logout_redirect_uri` is provided, redirects to it (appending `state` if "
        "supplied). |\n| `POST /token` | When `scope` is given, narrows the token. |\n",
        encoding="utf-8",
    )
    paths = extract_openapi(doc, Diagnostics())["paths"]
    assert params_of(paths["/endsession"]["get"]) == {
        ("post_logout_redirect_uri", "query"): False,
        ("state", "query"): False,
    }
    assert ("scope", "query") not in params_of(paths["/token"]["post"])
