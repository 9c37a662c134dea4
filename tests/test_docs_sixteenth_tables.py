"""Structures of the sixteenth registry batch's table and heading sets (benchmarks/docs/registry_truth,
FIRST_CONTACT.md "After first contact (sixteenth batch, table and heading sets)"): each rule is written for the
structure a page uses, not for the project that showed it first."""

from __future__ import annotations

from pathlib import Path

from operations import extracted_paths, params_of

LABELLED_TABLES = """\
###########
Widget API
###########

*************
Paint a gizmo
*************

| Paints the gizmo in the colour given.

.. list-table::
    :stub-columns: 1

    * - Request
      - ``POST /:gizmo_kind/paint/``
      -
    * - Parameters
      - ``:gizmo_kind`` - **required**
      - Allowed kinds: ``round``, ``square``
    * - Payload
      - .. code-block:: json

            {
                "colour": "red",
                "gloss": 3
            }

      - ``gloss`` **(optional)** - how shiny, 1 to 5
    * - Successful response
      - .. code-block:: json

            {
                "painted": true
            }

      - **HTTP status:** ``200 OK``

*************
Sign in
*************

.. list-table::
    :stub-columns: 1

    * - Request
      - ``POST /sign-in/``
      -
    * - Payload
      - .. code-block:: json

            {
                "login": "someone",
                "secret": "Hunter2"
            }

      -
    * - Successful response
      - .. code-block:: json

            {
                "token": "abc"
            }

      - **HTTP status:** ``200 OK``
"""


def test_a_labelled_tables_payload_row_holds_the_request_body(tmp_path: Path) -> None:
    """One `list-table` per operation whose first column labels the rows: the "Payload" row's JSON example
    is the request body (its keys the fields, described in the third cell or not at all); the response row's
    JSON is not."""
    paths = extracted_paths(tmp_path, "endpoints.rst", LABELLED_TABLES)
    assert sorted(paths) == ["/sign-in/", "/{gizmo_kind}/paint/"]
    assert params_of(paths["/{gizmo_kind}/paint/"]["post"]) == {
        ("gizmo_kind", "path"): True,
        ("colour", "body"): False,
        ("gloss", "body"): False,
    }
    assert params_of(paths["/sign-in/"]["post"]) == {("login", "body"): False, ("secret", "body"): False}


EXAMPLE_SCHEMA = """\
# shelf-rest

A middleware exposing your ORM's models.

## The API

### GET /rest/Books/7

Returns the data of the Book with the id 7.

```console
$ curl http://localhost:8080/rest/Books/7
```

### POST /rest/Books

Creating a new instance of a model

### DELETE /rest/Books/7

Deleting an existing instance of a model

## Associations

### GET /rest/Authors/7/Books

Returns all the instance of 'linked_table' linked to the instance 7 of 'table'

### DELETE /rest/Shelves/7/Books/7

Deleting an existing association between instances
"""


def test_routes_written_with_one_example_schemas_names_and_ids(tmp_path: Path) -> None:
    """Request-line headings filled with one example schema's values and no template anywhere: the
    capitalised names that vary at one place are the model (`{model}`, the page's word; on association routes
    the names the page quotes, the one whose instance "7" is for the first), the numbers after them ids."""
    paths = extracted_paths(tmp_path, "README.md", EXAMPLE_SCHEMA)
    assert sorted((m, p) for p, ops in paths.items() for m in ops) == [
        ("delete", "/rest/{model}/{id}"),
        ("delete", "/rest/{table}/{id}/{linked_table}/{linked_id}"),
        ("get", "/rest/{model}/{id}"),
        ("get", "/rest/{table}/{id}/{linked_table}"),
        ("post", "/rest/{model}"),
    ]
    assert params_of(paths["/rest/{model}/{id}"]["get"]) == {("model", "path"): True, ("id", "path"): True}


REQUIRES_LEAD = """\
********
Confirm
********

| Requires ``ticket`` issued by the first step and the SMS pin.
| Returns ``session`` after success.

.. list-table::
    :stub-columns: 1

    * - Request
      - ``POST /confirm/``
      -
    * - Payload
      - .. code-block:: json

            {
                "ticket": "t-123",
                "pin": "4321",
                "remember": true
            }

      -
"""


def test_a_requires_sentence_over_a_labelled_table_marks_its_payload_keys_required(tmp_path: Path) -> None:
    """ "Requires ``ticket`` ... and the SMS pin" opening the operation's section: the keys it lists (a name in
    code, or a phrase whose last word is a key) are required; the payload's other keys are not."""
    paths = extracted_paths(tmp_path, "endpoints.rst", REQUIRES_LEAD)
    assert params_of(paths["/confirm/"]["post"]) == {
        ("ticket", "body"): True,
        ("pin", "body"): True,
        ("remember", "body"): False,
    }
