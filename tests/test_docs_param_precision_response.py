"""Parameter precision: fields of what a request returns are not inputs of that request. Each document here states
a response's fields under a subheading of a "Response" heading, beside the request's own parameters; the request's
parameters must stay, the response's must not become arguments of the generated tool."""

from __future__ import annotations

from pathlib import Path

from operations import extracted_operations, params_of

from mcpgen.diagnostics import Diagnostics
from mcpgen.ingest.docs import extract_openapi

LEASES = """\
Leases
######

List Leases
===========

.. rest_method:: GET v1/leases

Request
-------

.. rest_parameters:: parameters.yaml

  - limit: limit

Response
--------

General Parameters
^^^^^^^^^^^^^^^^^^

.. rest_parameters:: parameters.yaml

  - id: lease_id
  - created_at: created_at

Parameters for Host Reservation
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^

.. rest_parameters:: parameters.yaml

  - reservation.min: reservation_min

Create Lease
============

.. rest_method:: POST v1/leases

Request
-------

General Parameters
^^^^^^^^^^^^^^^^^^

.. rest_parameters:: parameters.yaml

  - name: lease_name

Parameters for Host Reservation
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^

.. rest_parameters:: parameters.yaml

  - reservation.min: reservation_min

Response
--------

General Parameters
^^^^^^^^^^^^^^^^^^

.. rest_parameters:: parameters.yaml

  - id: lease_id
  - created_at: created_at

Delete Lease
============

.. rest_method:: DELETE v1/leases/{lease_id}

Request
-------

.. rest_parameters:: parameters.yaml

  - lease_id: lease_id_path

Response
--------

No body content is returned.
"""

PARAMETERS = """\
lease_id_path:
  description: The UUID of the lease.
  in: path
  required: true
  type: string
limit:
  description: Requests a page size of items.
  in: query
  required: false
  type: integer
lease_name:
  description: The name of the lease.
  in: body
  required: true
  type: string
lease_id:
  description: The UUID of the lease.
  in: body
  required: true
  type: string
created_at:
  description: When the lease was created.
  in: body
  required: true
  type: string
reservation_min:
  description: The minimum number of hosts to reserve.
  in: body
  required: true
  type: integer
"""


def test_os_api_ref_response_subsections_are_not_arguments(tmp_path: Path) -> None:
    """os-api-ref pages split a route's "Response" into subsections titled only as parameters ("General
    Parameters", "Parameters for Host Reservation"): a heading that says "parameters" and nothing of where tells
    no more than the heading it sits under, and under "Response" its rows are what the request returns. Nor is a
    "General Parameters" heading inside one route's "Request" or "Response" general to the whole document: it is
    general to that message, so the list route's answer fields reach neither it nor the delete route."""
    (tmp_path / "index.rst").write_text(LEASES, encoding="utf-8")
    (tmp_path / "parameters.yaml").write_text(PARAMETERS, encoding="utf-8")
    paths = extract_openapi(tmp_path / "index.rst", Diagnostics())["paths"]
    listing = params_of(paths["/v1/leases"]["get"])
    assert listing == {("limit", "query"): False}
    assert params_of(paths["/v1/leases"]["post"]) == {("name", "body"): True, ("reservation.min", "body"): True}
    assert params_of(paths["/v1/leases/{lease_id}"]["delete"]) == {("lease_id", "path"): True}


FIELDS_UNDER_RESPONSE = """\
# Widgets API

## GET /widgets

Lists the widgets.

### Query parameters

| Name | Type | Description |
|------|------|-------------|
| `colour` | string | Only widgets of this colour. |

### Response

#### Fields

| Name | Type | Description |
|------|------|-------------|
| `id` | string | The widget's id. |
| `created_at` | string | When the widget was made. |
"""


def test_a_fields_table_under_a_response_heading_is_not_the_query(tmp_path: Path) -> None:
    """ "Fields" says the table lists fields, not whose: the "Response" heading over it says they are the answer's."""
    ops = extracted_operations(tmp_path, FIELDS_UNDER_RESPONSE)
    assert params_of(ops[("GET", "/widgets")]) == {("colour", "query"): False}


PRINTED_THEN_FIELDS = """\
Monitor API
===========

GET cpu
-------

Get plugin stats::

    # curl http://localhost:8080/api/cpu
    {"total": 12.5, "user": 8.1}

Fields descriptions:

* **total**: Sum of all CPU percentages (unit is *percent*)
* **user**: Percent time spent in user space (unit is *percent*)

GET history
-----------

Get the history::

    # curl http://localhost:8080/api/history?count=2
    [1.5, 2.5]

Parameters:

* **count**: How many values to return
"""


def test_fields_described_after_a_printed_answer_are_not_a_gets_query(tmp_path: Path) -> None:
    """A GET's example that shows a command and what it printed, then "Fields descriptions:" over `**name**:
    what it is` items: the fields are the printed answer's. A GET sends no fields, and the label names fields, not
    parameters or options. The same example followed by "Parameters:" keeps them as the GET's query."""
    ops = extracted_operations(tmp_path, PRINTED_THEN_FIELDS, name="api.rst")
    assert params_of(ops[("GET", "/api/cpu")]) == {}
    assert params_of(ops[("GET", "/api/history")]) == {("count", "query"): False}


JSON_OBJECT_OF_A_GET = """\
# Databases API

## GET /databases/{name}

Gets a database.

### Query Parameters

- **api-version** (*string*) - The API version to use for the request.

### Request JSON Object

- **kind** (*string*) - Kind of database.
- **collation** (*string*) - The collation of the database.

## PUT /databases/{name}

Creates a database.

### Request JSON Object

- **collation** (*string*) - The collation of the database.
"""


def test_a_gets_json_object_fields_are_not_its_query(tmp_path: Path) -> None:
    """A GET's list titled "Request JSON Object" (Sphinx httpdomain's heading for `:<json` fields, under which
    OpenAPI renderers print a GET's response schema): a query string holds no JSON object, and a GET sends no
    body, so none of them is the GET's argument. The same heading over a PUT's fields is its body."""
    ops = extracted_operations(tmp_path, JSON_OBJECT_OF_A_GET)
    assert params_of(ops[("GET", "/databases/{name}")]) == {("name", "path"): True, ("api-version", "query"): False}
    assert ("collation", "body") in params_of(ops[("PUT", "/databases/{name}")])
