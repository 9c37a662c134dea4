"""Structures of the fifteenth registry batch's reStructuredText sets (benchmarks/docs/registry_truth,
FIRST_CONTACT.md "After first contact (fifteenth batch, rst sets)"): each rule is written for the structure a
page uses, not for the project that showed it first."""

from __future__ import annotations

from pathlib import Path

from operations import extracted_paths, params_of

from mcpgen.diagnostics import Diagnostics
from mcpgen.ingest.docs import extract_openapi

FILTERS = """\
Widget service
==============

Listing all widgets
-------------------

The list of widgets can be obtained by querying the "widgets" resource.
There are a number of GET parameters. These parameters are:

- ``verbose`` - Shows more detail. This value defaults to ``False``.
- ``page`` - Specifies which page should be displayed (e.g. ``page=3``).

An example::

    GET /api/1/widgets/?page=1

::

    HTTP 200 OK

Filtering widgets
-----------------

The widgets can be filtered by a variety of GET parameters. Some of these
parameters include:

- ``batch``
- ``color`` - the widget's color
- ``owner_id`` or ``owner``
- ``state`` - Can be the state name.
- ``tagged`` - boolean e.g. "true" or "false"
"""


def test_names_alone_in_a_described_parameter_list_are_parameters(tmp_path: Path) -> None:
    """A filter list of ``name`` - description bullets also holds bare names (``batch``) and two names offered
    as alternatives (``owner_id`` or ``owner``): parameters without a description, of the same list."""
    paths = extracted_paths(tmp_path, "api.rst", FILTERS)
    assert list(paths) == ["/api/1/widgets/"]
    assert params_of(paths["/api/1/widgets/"]["get"]) == {
        (name, "query"): False for name in ("verbose", "page", "batch", "color", "owner_id", "owner", "state", "tagged")
    }


def test_a_list_of_names_alone_is_not_made_parameters_by_its_label(tmp_path: Path) -> None:
    """Bare names join a list's described parameters; a list of nothing but names (values, formats) does not
    become parameters through them."""
    page = FILTERS.replace("- ``color`` - the widget's color\n", "").replace(
        '- ``state`` - Can be the state name.\n- ``tagged`` - boolean e.g. "true" or "false"\n', ""
    )
    paths = extracted_paths(tmp_path, "api.rst", page)
    assert ("batch", "query") not in params_of(paths["/api/1/widgets/"]["get"])


ORIGIN_ROUTES = """\
Gadget API
==========

To get started, visit the gadgets' API endpoint at http://localhost/api/gadgets/.

Gadget list
-----------

``GET /api/gadgets/``

Gadget details
--------------

``GET /api/gadgets/6461408c-726c-4b70-aa7a-c9cc9d1c9685/``

Reset
-----

``POST /api/gadgets/6461408c-726c-4b70-aa7a-c9cc9d1c9685/reset/``

Run details
-----------

``GET /api/runs/c4d09fe5-c133-4c03-8286-6894ee5ffaab/``
"""


def test_a_base_some_route_leaves_is_the_origin(tmp_path: Path) -> None:
    """The page's starting URL (`http://localhost/api/gadgets/`) is deeper than its routes' root: `/api/runs/...`
    starts like it and leaves it, so the routes are written from the origin and none is joined to that path."""
    doc = tmp_path / "api.rst"
    doc.write_text(ORIGIN_ROUTES, encoding="utf-8")
    document = extract_openapi(doc, Diagnostics())
    assert document["servers"] == [{"url": "http://localhost"}]
    assert "/api/gadgets/" in document["paths"]
    assert any(path.startswith("/api/runs/") for path in document["paths"])


UUID_LINES = """\
Gadget API
==========

Gadget details
--------------

``GET /api/gadgets/6461408c-726c-4b70-aa7a-c9cc9d1c9685/``

.. code-block:: json

    {"name": "one", "uuid": "6461408c-726c-4b70-aa7a-c9cc9d1c9685"}

Reset
-----

``POST /api/gadgets/d4ed9405-5568-45ad-99f6-782a9b82d1d2/reset/``

Run details
-----------

``GET /api/runs/c4d09fe5-c133-4c03-8286-6894ee5ffaab/``

Start a run
-----------

``POST /api/runs/8d5c3962-5fca-47d7-b8c8-47a19247714e/start/``

.. code-block:: json

    {"run_uuid": "8d5c3962-5fca-47d7-b8c8-47a19247714e", "status": "started"}

Delete a widget
---------------

``DELETE /api/widgets/0033a678-2003-420d-8c83-c4071e646f4e/``
"""


def test_uuids_in_request_lines_are_placeholders_named_by_the_field_that_holds_them(tmp_path: Path) -> None:
    """Request lines written only with concrete UUIDs: each UUID is a value, named after the JSON field the
    page gives that value in, else as the other UUIDs after the same segments are, else `{id}`."""
    paths = extracted_paths(tmp_path, "api.rst", UUID_LINES)
    assert sorted((m, p) for p, ops in paths.items() for m in ops) == [
        ("delete", "/api/widgets/{id}/"),
        ("get", "/api/gadgets/{uuid}/"),
        ("get", "/api/runs/{run_uuid}/"),
        ("post", "/api/gadgets/{uuid}/reset/"),
        ("post", "/api/runs/{run_uuid}/start/"),
    ]
    assert params_of(paths["/api/runs/{run_uuid}/"]["get"]) == {("run_uuid", "path"): True}


DATA_LISTS = """\
Gadget API
==========

Add input
---------

This action adds inputs to the gadget.

``POST /api/gadgets/add_input/``

Data:
    - ``input_urls``: A list of URLs to download
    - ``upload_file``: A file to upload

Archive
-------

``POST /api/gadgets/archive/``

Data:
    - ``remove_input`` (boolean, required): ``true`` to remove them
    - ``remove_output``: ``false``
"""


def test_a_term_over_an_indented_bullet_list_labels_that_list(tmp_path: Path) -> None:
    """`Data:` with an indented list of ``name``: description bullets is a definition whose body is only a
    list: the term labels the list, whose items are the parameters (not one parameter named `Data`)."""
    paths = extracted_paths(tmp_path, "api.rst", DATA_LISTS)
    assert params_of(paths["/api/gadgets/add_input/"]["post"]) == {
        ("input_urls", "body"): False,
        ("upload_file", "body"): False,
    }
    assert params_of(paths["/api/gadgets/archive/"]["post"]) == {
        ("remove_input", "body"): True,
        ("remove_output", "body"): False,
    }


SHELL_SCRIPTS = """\
Gadget API
==========

Gadget list
-----------

The list can be filtered, for example:

.. code-block:: console

    api_url="http://localhost/api/gadgets/"
    payload="color=red"

    curl -X GET "$api_url?$payload"

Create a gadget
---------------

.. code-block:: console

    api_url="http://localhost/api/gadgets/"
    content_type="Content-Type: application/json"
    data='{
        "name": "gadget_name",
        "execute_now": true
    }'

    curl -X POST "$api_url" -H "$content_type" -d "$data"

To upload a file:

.. code-block:: console

    api_url="http://localhost/api/gadgets/"
    upload_file="/path/to/the/archive.zip"

    curl -F "name=gadget_name" \\
         -F "upload_file=@$upload_file" \\
         "$api_url"
"""


def test_curl_scripts_that_set_shell_variables_first(tmp_path: Path) -> None:
    """`api_url="..."`, `data='{...}'`, then `curl -X POST "$api_url" -d "$data"`: the variables are put in
    place as the shell would, so the script states `POST /api/gadgets/` and its body, and the list's query."""
    doc = tmp_path / "api.rst"
    doc.write_text(SHELL_SCRIPTS, encoding="utf-8")
    document = extract_openapi(doc, Diagnostics())
    base = document["servers"][0]["url"] if document.get("servers") else ""
    urls = {(base + path).rstrip("/"): ops for path, ops in document["paths"].items()}
    assert set(urls) == {"http://localhost/api/gadgets"}
    assert params_of(urls["http://localhost/api/gadgets"]["get"]) == {("color", "query"): False}
    assert params_of(urls["http://localhost/api/gadgets"]["post"]) == {
        ("name", "body"): False,
        ("execute_now", "body"): False,
        ("upload_file", "body"): False,
    }


def test_curl_urls_under_a_base_some_route_leaves_keep_their_path(tmp_path: Path) -> None:
    """With the page's starting URL deeper than its routes' root, a curl command's URL under it
    (`http://localhost/api/gadgets/`) is that route written in full, not `/` under the base."""
    page = (
        ORIGIN_ROUTES
        + """
Create a gadget
---------------

.. code-block:: console

    curl -X POST http://localhost/api/gadgets/ -H "Content-Type: application/json" -d '{"name": "one"}'
"""
    )
    paths = extracted_paths(tmp_path, "api.rst", page)
    assert "/" not in paths
    assert params_of(paths["/api/gadgets/"]["post"]) == {("name", "body"): False}


REQUIRED_SENTENCE = """\
Gadget API
==========

Report
------

Generates a report. The ``model`` query parameter is required to determine the type of data.

Endpoint:
``GET /api/gadgets/report/?model=MODEL``

Parameters:

- ``model``: Defines the type of data to include in the report.
"""


def test_a_sentence_opening_with_the_named_parameter_says_it_is_required(tmp_path: Path) -> None:
    """ "The ``model`` query parameter is required to ...": the sentence names the parameter at its start (a
    capital "The") and says it must be given."""
    paths = extracted_paths(tmp_path, "api.rst", REQUIRED_SENTENCE)
    assert params_of(paths["/api/gadgets/report/"]["get"]) == {("model", "query"): True}


FILTER_SENTENCE = """\
Gadget API
==========

Gadget list
-----------

``GET /api/gadgets/``

The gadget list can be filtered by ``name``, ``uuid``, and ``is_archived`` fields.

Create a gadget
---------------

``POST /api/gadgets/``

The new gadget can be filtered by ``color`` later.
"""


def test_a_list_filtered_by_fields_named_in_a_sentence_takes_them_in_the_query(tmp_path: Path) -> None:
    """ "The gadget list can be filtered by ``name``, ``uuid``, and ``is_archived`` fields": each is a query
    parameter of the list route, not required; a request with a body takes no filter from such a sentence."""
    paths = extracted_paths(tmp_path, "api.rst", FILTER_SENTENCE)
    assert params_of(paths["/api/gadgets/"]["get"]) == {
        ("name", "query"): False,
        ("uuid", "query"): False,
        ("is_archived", "query"): False,
    }
    assert ("color", "query") not in params_of(paths["/api/gadgets/"]["post"])


def test_a_filtering_label_names_no_query_parameter(tmp_path: Path) -> None:
    """ "Filtering by ``id``:" over an example introduces the example (whose query may use other names); only a
    statement that the list can be filtered by the names makes them parameters."""
    page = FILTER_SENTENCE.replace(
        "The gadget list can be filtered by ``name``, ``uuid``, and ``is_archived`` fields.",
        "Filtering by ``id``:",
    )
    paths = extracted_paths(tmp_path, "api.rst", page)
    assert ("id", "query") not in params_of(paths["/api/gadgets/"]["get"])


OFFERED_FIELD = """\
Gadget API
==========

Create a gadget
---------------

``POST /api/gadgets/``

.. code-block:: json

    {"name": "gadget_name", "upload_file": "archive.zip"}

.. tip::

    To tag the ``upload_file``, you can provide the tag value using the
    ``upload_file_tag`` field.
"""


def test_a_field_a_sentence_says_may_be_provided_is_a_body_field(tmp_path: Path) -> None:
    """ "you can provide the tag value using the ``upload_file_tag`` field", in the text of a request with a
    body: a field of that body, not required."""
    paths = extracted_paths(tmp_path, "api.rst", OFFERED_FIELD)
    assert params_of(paths["/api/gadgets/"]["post"]) == {
        ("name", "body"): False,
        ("upload_file", "body"): False,
        ("upload_file_tag", "body"): False,
    }
