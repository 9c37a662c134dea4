"""API Blueprint payload sections, in the seventy-fifth registry batch (benchmarks/docs/registry_truth): under an
action, `+ Response 404 (application/json)` holds nested `+ Headers` and `+ Body` items over indented blocks; the
nested `+ Headers` item says the block is headers, the item above it whose they are
(`blueprint_payloads.payload_label`). A response's headers are not headers the request sends, while a `+ Request`
item's own `+ Headers` stay the request's. A data
structure that only responses name (`+ Attributes (NoteData)` under `+ Response 200`) is no list of request
fields (`response_structures`); one a `+ Request` names is."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
FORMAT: 1A

# Data Structures

## NoteData
+ id: 1 (required, number) - Unique identifier
+ title: Grocery list (required) - Single line description
+ body: Buy milk - Full description of the note

# Group Notes

## Note List [/notes]

### Create New Note [POST]
Create a new note.

+ Request (application/json)

    + Headers

            X-Client-Tag: abc

    + Body

            {
                "title": "My new note",
                "body": "This is the body"
            }

+ Response 201 (application/json)

    + Headers

            X-Request-ID: f72fc914

    + Attributes (NoteData)

+ Response 400
"""

NEAR_MISS = DOC.replace("+ Response 201 (application/json)", "+ Request other (application/json)")


def test_response_parts_are_not_read_as_the_request(tmp_path: Path) -> None:
    params = params_of(extracted_operations(tmp_path, DOC, "api.md")[("POST", "/notes")])
    assert ("title", "body") in params and ("body", "body") in params
    assert ("X-Client-Tag", "header") in params or ("x-client-tag", "header") in params
    assert not any(name.lower() == "x-request-id" for name, _ in params)
    assert ("id", "body") not in params


def test_a_structure_a_request_names_stays_a_field_list(tmp_path: Path) -> None:
    params = params_of(extracted_operations(tmp_path, NEAR_MISS, "api.md")[("POST", "/notes")])
    assert ("id", "body") in params
