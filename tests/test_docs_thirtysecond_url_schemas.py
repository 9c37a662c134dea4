"""Routes of the thirty-second registry batch (benchmarks/docs/registry_truth) stated, one per section, as a
reStructuredText field labelled as a URL (`:URL Schema:`) over one coded template written from the base
placeholder (``<BASE URL>/login?name=<username>&password=<password>``), followed by an example URL and its
response, with no method anywhere: each is the GET (what a URL alone asks for) of its route, the template's
query string naming its query parameters. A template whose first segment is itself a placeholder
(``<BASE URL>/<RESOURCE>/<OPERATION>``) is the shape of a family of routes, and a field labelled otherwise
(`:Version:`) names no route."""

from __future__ import annotations

from pathlib import Path

from operations import extracted_operations, params_of

PAGE = """\
Sessions
========

The service signs users in and out.

Sign in
-------

:URL Schema: ``<BASE URL>/signin?name=<username>&secret=<password>``

The response sets a session cookie.

Example

``http://localhost:9000/shop/api/v2/signin?name=admin&secret=admin``

Sign out
--------

:URL Schema: ``<BASE URL>/people/signout``

The response expires the session cookie.

Example

``http://localhost:9000/shop/api/v2/people/signout``

Challenge
---------

:URL Schema: ``<BASE URL>/challenge``

Unauthenticated requests are answered with status 401.
"""

PATTERNS = """\
Concepts
========

Resources
---------

:URL Schema: ``<BASE URL>/<RESOURCE>/<OPERATION>/<uid:optional>``

A resource is the name of a content type.

Release
-------

:Version: ``<BASE URL>/about``

Sign out
--------

:URL Schema: ``<BASE URL>/people/signout``
"""


def test_labelled_url_templates_state_one_get_route_each(tmp_path: Path) -> None:
    operations = extracted_operations(tmp_path, PAGE, name="auth.rst")
    assert set(operations) == {("GET", "/signin"), ("GET", "/people/signout"), ("GET", "/challenge")}
    assert {name for name, _ in params_of(operations[("GET", "/signin")])} == {"name", "secret"}
    assert {where for _, where in params_of(operations[("GET", "/signin")])} == {"query"}
    assert params_of(operations[("GET", "/challenge")]) == {}


def test_placeholder_shapes_and_other_labels_state_no_route(tmp_path: Path) -> None:
    operations = extracted_operations(tmp_path, PATTERNS, name="concepts.rst")
    assert set(operations) == {("GET", "/people/signout")}
