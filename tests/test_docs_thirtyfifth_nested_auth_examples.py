"""A raw HTTP request shown to teach authentication under a nested heading, in the thirty-fifth registry batch
(benchmarks/docs/registry_truth): "Authentication" over "Protocol", whose prose says the token goes in the
`X-Auth-Token` header and whose `.. code:: raw` block is `GET /thing_types HTTP/1.1` with that header, while
every route the page states is under `/v1`. The request shows how to send the credential, not a route: the
heading it is nested under says what the section is about, as its own heading would, and a raw request is such
an example as much as a curl command. A request under a heading not about authentication is still a route."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations


def _page(heading: str) -> str:
    return f"""\
Thing service
=============

{heading}
--------------

Protocol
~~~~~~~~

The service reads the HTTP header :code:`X-Auth-Token` to get a token.

.. code:: raw

    GET /thing_types HTTP/1.1
    X-Auth-Token: secret

API
---

:code:`GET /v1/thing_types`

    List the thing types.

:code:`GET /v1/things/<thing_id>`

    Get a thing.
"""


def test_a_credential_request_under_an_authentication_heading_is_no_route(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, _page("Authentication"), "index.rst")
    assert set(ops) == {("GET", "/v1/thing_types"), ("GET", "/v1/things/{thing_id}")}


def test_the_same_request_under_another_heading_is_a_route(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, _page("Types"), "index.rst")
    assert set(ops) == {("GET", "/thing_types"), ("GET", "/v1/thing_types"), ("GET", "/v1/things/{thing_id}")}
