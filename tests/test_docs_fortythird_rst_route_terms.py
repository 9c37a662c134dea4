"""A reStructuredText definition list whose terms are request lines, in the forty-third registry batch
(benchmarks/docs/registry_truth): each term ``METHOD /path`` (or several joined by " / "), each definition the
route's documentation with a "Query parameters:" list and a "Request body:" JSON block. Each item is read as the
route's own section, so its labelled list and body example are its parameters; a term of several routes gives
each of them the shared definition. A definition list whose terms are names, not request lines, stays a list of
definitions, and text after the list in its section is not the last route's."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

ROUTES = """\
Reference
=========

Stores
------

``POST /stores``
   Create a store.

   Request body:

   .. code-block:: json

      {"title": "North", "city": "Oslo"}

``GET /stores``
   List the stores.

   Query parameters:

   - ``open_now`` (bool, optional): Only the stores open now

``POST /stores/lock`` / ``POST /stores/unlock``
   Lock or unlock every store.
"""


def test_route_terms_are_sections_of_their_own(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, ROUTES, "reference.rst")
    assert set(ops) == {("POST", "/stores"), ("GET", "/stores"), ("POST", "/stores/lock"), ("POST", "/stores/unlock")}
    assert params_of(ops[("POST", "/stores")]) == {("title", "body"): False, ("city", "body"): False}
    assert params_of(ops[("GET", "/stores")]) == {("open_now", "query"): False}
    assert params_of(ops[("POST", "/stores/lock")]) == {}


def test_terms_that_only_mention_a_route_stay_definitions(tmp_path: Path) -> None:
    text = """\
Reference
=========

Stores
------

``POST /stores``
   Create a store.

Troubleshooting
---------------

When ``POST /stores`` fails
   The answer says why:

   .. code-block:: json

      {"error": "conflict", "detail": "the store exists"}
"""
    ops = extracted_operations(tmp_path, text, "reference.rst")
    assert set(ops) == {("POST", "/stores")}
    assert params_of(ops[("POST", "/stores")]) == {}
