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
