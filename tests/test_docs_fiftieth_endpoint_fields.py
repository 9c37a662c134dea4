"""A reStructuredText field list that states routes as an `:Endpoint:` field over several `:Method:` fields, in the
fiftieth registry batch (benchmarks/docs/registry_truth): each method field states an operation on the endpoint
last named, and the fields after it (its parameters, its description) up to the next method or endpoint field
are that operation's. The endpoint's first path is the route ("or ``/about/``" is another way to it), square
brackets name placeholders, and ``name=[value]`` literals in a request-parameters field are the request's query
(GET, DELETE) or form (POST, PUT) fields, a trailing `*` marking one of several alternatives, "(mandatory)" or the
operation's prose ("Two arguments are mandatory: the owner name, ...") the required ones. A field list of
settings, or one whose method field names no method, gives no route."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

SPEC = """\
Service API
===========

Service information
-------------------

:Endpoint: ``/about/`` or ``/meta/`` (or ``/`` when not logged in)
:Method: ``GET``
:Request Parameters: (none)
:Description: Describes the service.
:Response: ``200 - OK`` & XML with field ``url``

Boxes
-----

:Endpoint: ``/[box]/``
:Method: ``GET``
:Request Parameters: (none)
:Description: Returns the box.
:Method: ``DELETE``
:Request Parameters: ``purge=[0|1]`` - set to 1 to remove the stored items too
:Description: Removes the box.

:Method: ``PUT``
:Request Parameters: (none)
:Description: Creates an empty box.

:Endpoint: ``/[box]/items/[name]``
:Method: ``POST``
:Request Parameters: ``kind=[kind_id]`` (mandatory) ``upload=[file]*`` ``link=[url]*``
  ``owner_name=[name]`` ``note=[text]``
:Description: Adds an item, sent as a form. Two arguments are mandatory: the owner name, which says
  whose item it is, and one of the arguments marked with an asterisk.

Shortcut
--------

:Endpoint: ``/go``
:Method: ``GET`` or ``POST``
:Request Parameters: ``box=[name]`` (mandatory), the box to use. ``run=[0|1]`` - start at once.
"""


def test_each_method_field_is_an_operation_on_the_endpoint_above_it(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, SPEC, "api.rst")
    assert set(ops) == {
        ("GET", "/about/"),
        ("GET", "/{box}/"),
        ("DELETE", "/{box}/"),
        ("PUT", "/{box}/"),
        ("POST", "/{box}/items/{name}"),
        ("GET", "/go"),
        ("POST", "/go"),
    }
    assert params_of(ops[("GET", "/about/")]) == {}
    assert params_of(ops[("GET", "/{box}/")]) == {("box", "path"): True}
    assert params_of(ops[("DELETE", "/{box}/")]) == {("box", "path"): True, ("purge", "query"): False}
    posted = params_of(ops[("POST", "/{box}/items/{name}")])
    assert posted[("kind", "body")] is True
    assert posted[("upload", "body")] is False
    assert posted[("link", "body")] is False
    assert posted[("owner_name", "body")] is True  # the description calls it mandatory, by its words
    assert posted[("note", "body")] is False
    assert params_of(ops[("GET", "/go")]) == {("box", "query"): True, ("run", "query"): False}
    assert params_of(ops[("POST", "/go")]) == {("box", "body"): True, ("run", "body"): False}


NOT_ROUTES = """\
Settings
========

:Endpoint: the address of your server, for instance ``https://example.org``
:Method: chosen by the client library
:Timeout: 30 seconds

Author
------

:Path: ``/usr/local/share/tool``
:Version: 1.2

Health
------

Check the service with::

    GET /health
"""


def test_a_field_list_of_settings_gives_no_route(tmp_path: Path) -> None:
    assert set(extracted_operations(tmp_path, NOT_ROUTES, "settings.rst")) == {("GET", "/health")}
