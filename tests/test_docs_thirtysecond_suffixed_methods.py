"""Routes of the thirty-second registry batch (benchmarks/docs/registry_truth) stated as reStructuredText bullets
of a bare path with its methods in parentheses after it (`- /api/login/ (POST)`, one route with three,
`- /api/profile/ (GET, PUT, PATCH)`), each over a nested bullet list, indented deeper than the item's text (a
block quote in reStructuredText), of bare field names with no type, location or required flag. The parentheses
state every method the route takes, whatever a later note of the item names ("to allow logout using GET"); the
names are the body fields of the methods that send one, none of them required; GET beside those takes none. A
nested list of sentences is no list of fields, and a path whose parentheses hold no method is no such route."""

from __future__ import annotations

from pathlib import Path

from operations import extracted_operations, params_of

PAGE = """\
Endpoints
=========

Accounts
--------

- /api/login/ (POST)

    - handle
    - secret

    Returns a session key

- /api/logout/ (POST)

    .. note:: ``SIGN_OUT_ON_GET = True`` to allow logout using GET.

- /api/profile/ (GET, PUT, PATCH)

    - nickname
    - city

    Returns pk, nickname, city

- /api/tokens/check/ (POST)

    - token
"""

PROSE = """\
Endpoints
=========

- /api/login/ (POST)

    - Send the handle you registered with.
    - Keep the secret private.

- /api/logout/ (POST)
- /api/status/ (POST)
"""

NO_METHODS = """\
Pages
=====

- /home/ (the landing page)

    - banner
    - footer

- /about/ (team and history)
- /help/ (frequently asked questions)
"""


def test_methods_in_parentheses_state_one_operation_each(tmp_path: Path) -> None:
    operations = extracted_operations(tmp_path, PAGE, name="endpoints.rst")
    assert set(operations) == {
        ("POST", "/api/login/"),
        ("POST", "/api/logout/"),
        ("GET", "/api/profile/"),
        ("PUT", "/api/profile/"),
        ("PATCH", "/api/profile/"),
        ("POST", "/api/tokens/check/"),
    }


def test_nested_bare_names_are_body_fields_of_the_writing_methods(tmp_path: Path) -> None:
    operations = extracted_operations(tmp_path, PAGE, name="endpoints.rst")
    assert params_of(operations[("POST", "/api/login/")]) == {("handle", "body"): False, ("secret", "body"): False}
    for method in ("PUT", "PATCH"):
        assert params_of(operations[(method, "/api/profile/")]) == {
            ("nickname", "body"): False,
            ("city", "body"): False,
        }
    assert params_of(operations[("GET", "/api/profile/")]) == {}
    assert params_of(operations[("POST", "/api/tokens/check/")]) == {("token", "body"): False}


def test_nested_sentences_are_no_fields(tmp_path: Path) -> None:
    operations = extracted_operations(tmp_path, PROSE, name="endpoints.rst")
    assert ("POST", "/api/login/") in operations
    assert params_of(operations[("POST", "/api/login/")]) == {}


def test_parentheses_without_a_method_state_none(tmp_path: Path) -> None:
    operations = extracted_operations(tmp_path, NO_METHODS, name="pages.rst")
    assert all(method == "GET" for method, _ in operations)
    assert all(params_of(op) == {} for op in operations.values())
