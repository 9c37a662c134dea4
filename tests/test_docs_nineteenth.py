"""Structures of the nineteenth registry batch (benchmarks/docs/registry_truth, FIRST_CONTACT.md): each rule is
written for the structure a page uses, not for the project that showed it first."""

from __future__ import annotations

import re
from pathlib import Path

from operations import params_of

from mcpgen.diagnostics import Diagnostics
from mcpgen.ingest.docs import extract_openapi


def _routes(document: dict) -> list[tuple[str, str]]:
    """(method, path) of each operation, placeholders written `{}` (their names are the extractor's choice)."""
    return sorted((m, re.sub(r"\{[^{}]*\}", "{}", p)) for p, ops in document["paths"].items() for m in ops)


PAGE_BASE_PLACEHOLDER = """\
Store API
=========

Base URL
--------

The routes live below the shop's API root.

Example: ``http://localhost:9000/shop/api/v2/status.json``

Operations
----------

+-----------+-----------------------------------------+--------+
| OPERATION | URL                                     | METHOD |
+===========+=========================================+========+
| READ      | <BASE URL>/<KIND>/<id:optional>         | GET    |
+-----------+-----------------------------------------+--------+
| REMOVE    | <BASE URL>/<KIND>/remove/<id:required>  | POST   |
+-----------+-----------------------------------------+--------+

For example:

    - http://localhost:9000/shop/api/v2/Shelf
    - http://localhost:9000/shop/api/v2/Shelf/42
"""


def test_a_route_table_written_from_a_base_placeholder_states_its_routes(tmp_path: Path) -> None:
    """`<BASE URL>/<KIND>/<id:optional>` in a table's URL column: the placeholder is the base, `<KIND>` a path
    placeholder, the optional last segment two routes; the base is what the page's full URLs share
    (`http://localhost:9000/shop/api/v2`), not the example URL the "Base URL" section gives."""
    doc = tmp_path / "api.rst"
    doc.write_text(PAGE_BASE_PLACEHOLDER, encoding="utf-8")
    document = extract_openapi(doc, Diagnostics())
    assert _routes(document) == [("get", "/{}"), ("get", "/{}/{}"), ("post", "/{}/remove/{}")]
    assert document["servers"][0]["url"] == "http://localhost:9000/shop/api/v2"
    assert {p["name"] for p in document["paths"]["/{kind}/{id}"]["get"]["parameters"]} == {"kind", "id"}


PAGE_SCHEMA_KEYS = """\
Store API
=========

Operations
----------

+-----------+-----------------------------------+--------+
| OPERATION | URL                               | METHOD |
+===========+===================================+========+
| READ      | <BASE URL>/<KIND>/<id:optional>   | GET    |
+-----------+-----------------------------------+--------+
| REMOVE    | <BASE URL>/<KIND>/remove          | POST   |
+-----------+-----------------------------------+--------+

Filters
-------

:URL Schema: ``<BASE URL>/<KIND>?<KEY>=<VALUE>``

Every listing can be narrowed.

+---------+-------------+------------------------------+
| Key     | Value       | Description                  |
+=========+=============+==============================+
| colour  | a colour    | Only the items of that colour|
+---------+-------------+------------------------------+
| limit   | 1..n        | At most n items              |
+---------+-------------+------------------------------+
"""


def test_a_url_schema_naming_a_stated_route_gives_it_the_key_table_below(tmp_path: Path) -> None:
    """`:URL Schema: <BASE URL>/<KIND>?<KEY>=<VALUE>` over a Key | Value | Description table, no method: the URL
    is the stated `GET /{kind}`, so the keys are its query parameters (and no other route's)."""
    doc = tmp_path / "api.rst"
    doc.write_text(PAGE_SCHEMA_KEYS, encoding="utf-8")
    paths = extract_openapi(doc, Diagnostics())["paths"]
    assert params_of(paths["/{kind}"]["get"]) == {
        ("kind", "path"): True,
        ("colour", "query"): False,
        ("limit", "query"): False,
    }
    assert params_of(paths["/{kind}/remove"]["post"]) == {("kind", "path"): True}


PAGE_REFUSED = """\
Quickstart
==========

List the boxes:

.. code-block:: console

    $ curl http://127.0.0.1:7000/boxes

By default the service is read-only:

.. code-block:: console

    $ curl -X DELETE http://127.0.0.1:7000/boxes
    HTTP/1.0 405 METHOD NOT ALLOWED
    <title>405 Method Not Allowed</title>

Add a box:

.. code-block:: console

    $ curl -d '{"label": "red"}' -H 'Content-Type: application/json' http://127.0.0.1:7000/boxes
    HTTP/1.0 201 CREATED
"""


def test_a_request_shown_answered_405_is_no_operation(tmp_path: Path) -> None:
    """`curl -X DELETE .../boxes` printed with its `405 Method Not Allowed` answer shows a method the route does
    not serve: the page's operations are the GET and the POST it shows succeeding."""
    doc = tmp_path / "quickstart.rst"
    doc.write_text(PAGE_REFUSED, encoding="utf-8")
    assert _routes(extract_openapi(doc, Diagnostics())) == [("get", "/boxes"), ("post", "/boxes")]


PAGE_SCHEMA_LITERAL = """\
Quickstart
==========

Define the fields of a box::

    schema = {
        # every box has a label
        'label': {
            'type': 'string',
            'required': True,
        },
        'colour': {'type': 'string', 'allowed': ['red', 'blue']},
        'size': {
            'type': 'dict',
            'schema': {'width': {'type': 'integer'}, 'height': {'type': 'integer'}},
        },
    }

Add a box:

.. code-block:: console

    $ curl -d '[{"label": "first"}, {"label": "second", "colour": "red"}]' -H 'Content-Type: application/json' http://127.0.0.1:7000/boxes
    HTTP/1.0 201 CREATED
"""


def test_a_schema_literal_gives_its_fields_to_the_route_whose_bodies_send_them(tmp_path: Path) -> None:
    """`schema = {'label': {'type': 'string', 'required': True}, ...}`: a mapping of names to typed definitions,
    the resource's fields; the POST whose example body sends only fields of it takes all of them (top level
    only: `width` and `height` belong to `size`), `label` required as the schema says."""
    doc = tmp_path / "quickstart.rst"
    doc.write_text(PAGE_SCHEMA_LITERAL, encoding="utf-8")
    paths = extract_openapi(doc, Diagnostics())["paths"]
    assert params_of(paths["/boxes"]["post"]) == {
        ("label", "body"): True,
        ("colour", "body"): False,
        ("size", "body"): False,
    }


PAGE_TITLED_URLS = """\
Store API
=========

Kinds
-----

Any kind of item is served by adding its name to the base url, e.g.:

    - http://localhost:9000/shop/api/v2/Shelf
    - http://localhost:9000/shop/api/v2/Lamp

+-----------+-----------------------------------+--------+
| OPERATION | URL                               | METHOD |
+===========+===================================+========+
| READ      | <BASE URL>/<KIND>/<id:optional>   | GET    |
+-----------+-----------------------------------+--------+

Customer Resource
-----------------

The API finds customers, e.g.:

    - http://localhost:9000/shop/api/v2/customers
    - http://localhost:9000/shop/api/v2/customers/<name>

Fewer at a time:

http://localhost:9000/shop/api/v2/customers?limit=5
"""


def test_full_urls_under_a_titled_section_are_its_routes_beside_base_placeholder_templates(tmp_path: Path) -> None:
    """Beside `<BASE URL>/<KIND>/<id:optional>`, full URLs alone in a list or on a line of their own: under
    "Customer Resource" those starting with `customers` are that section's routes (`/customers`, with the
    `limit` its example sends, and `/customers/{name}`); under "Kinds", `.../Shelf` and `.../Lamp` are examples
    of the stated `GET /{kind}`, no routes of their own."""
    doc = tmp_path / "api.rst"
    doc.write_text(PAGE_TITLED_URLS, encoding="utf-8")
    document = extract_openapi(doc, Diagnostics())
    assert _routes(document) == [("get", "/customers"), ("get", "/customers/{}"), ("get", "/{}"), ("get", "/{}/{}")]
    assert ("limit", "query") in params_of(document["paths"]["/customers"]["get"])


PAGE_PLACEHOLDER_EXAMPLE = """\
Store API
=========

Operations
----------

+-----------+-----------------------------------+--------+
| OPERATION | URL                               | METHOD |
+===========+===================================+========+
| READ      | <BASE URL>/<KIND>/<id:optional>   | GET    |
+-----------+-----------------------------------+--------+

Details
-------

``http://localhost:9000/shop/api/v2/shelves/<id:required>?stock=y``

``http://localhost:9000/shop/api/v2/shelves``
"""


def test_a_full_url_with_a_placeholder_is_an_example_of_the_template_it_fits(tmp_path: Path) -> None:
    """`.../shelves/<id:required>?stock=y` beside `<BASE URL>/<KIND>/<id:optional>`: `shelves` stands where the
    template has `<KIND>`, `<id>` where it has `<id>`; an example of `GET /{kind}/{id}`, whose query it shows,
    and no route `/shelves/{id}` of its own."""
    doc = tmp_path / "api.rst"
    doc.write_text(PAGE_PLACEHOLDER_EXAMPLE, encoding="utf-8")
    document = extract_openapi(doc, Diagnostics())
    assert _routes(document) == [("get", "/{}"), ("get", "/{}/{}")]
    assert ("stock", "query") in params_of(document["paths"]["/{kind}/{id}"]["get"])
