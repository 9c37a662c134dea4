"""Parameter precision: a body field list (httpdomain's `:form`) on a request that sends no body (a GET), naming
only keys of the object its example response returns, describes that answer, the resource's attributes copied
onto every method, not query parameters. The same list on the PUT is still its body; a GET's `:form` list that
names a key the answer does not return, and a GET's `:query` list of filters named like the fields they filter,
are read as before (query parameters)."""

from __future__ import annotations

from pathlib import Path

from operations import extracted_operations, params_of

ANSWERED_FORMS = """\
Zones
=====

Get a Zone
----------

.. http:get:: /zones/(uuid:id)

   Shows one zone.

   **Example response**:

   .. sourcecode:: http

      HTTP/1.1 200 OK
      Content-Type: application/json

      {
        "id": "1d6c1b52-4c0a-4b5e-9a3e-7a4f0c2d9e11",
        "name": "example.org.",
        "ttl": 3600,
        "created_at": "2020-01-01T00:00:00"
      }

   :form name: zone name
   :form ttl: time-to-live in seconds
   :form created_at: timestamp
   :statuscode 200: Success

Update a Zone
-------------

.. http:put:: /zones/(uuid:id)

   Updates a zone.

   **Example response**:

   .. sourcecode:: http

      HTTP/1.1 200 OK
      Content-Type: application/json

      {
        "id": "1d6c1b52-4c0a-4b5e-9a3e-7a4f0c2d9e11",
        "name": "example.org.",
        "ttl": 7200
      }

   :form name: zone name
   :form ttl: time-to-live in seconds
   :statuscode 200: Success

Search Zones
------------

.. http:get:: /zones

   Lists the zones.

   **Example response**:

   .. sourcecode:: http

      HTTP/1.1 200 OK
      Content-Type: application/json

      {"zones": [{"id": "1d6c1b52-4c0a-4b5e-9a3e-7a4f0c2d9e11", "name": "example.org.", "ttl": 3600}]}

   :form name: zone name to look for
   :form limit: how many zones to list
   :query ttl: only zones with this time-to-live
   :statuscode 200: Success
"""


def test_a_bodyless_requests_form_list_of_answer_keys_is_the_answer(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, ANSWERED_FORMS, name="zones.rst")
    assert params_of(ops[("GET", "/zones/{id}")]) == {("id", "path"): True}
    assert {("name", "body"), ("ttl", "body")} <= set(params_of(ops[("PUT", "/zones/{id}")]))
    listed = set(params_of(ops[("GET", "/zones")]))
    assert {("name", "query"), ("limit", "query"), ("ttl", "query")} <= listed
