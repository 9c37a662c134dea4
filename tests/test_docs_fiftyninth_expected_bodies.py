"""A sentence that writes out what the request body must be, in the fifty-ninth registry batch
(benchmarks/docs/registry_truth): "This endpoint expects the request body to be either { value : true } or
{ value : false } ." under a write's section. Each key of the objects the sentence allows is a body field, and a
key every one of them has is required (a key only some have is optional); the object may be JSON or an object
literal with bare keys, in inline code or not. An object the text only shows ("returns { value : true }") says
nothing of the request."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

EXPECTED = """\
# /api/things

## PUT /api/things/{thing_id}/flag

Flag a thing.

**Request Body:**

This endpoint expects the request body to be either { value : true } or { value : false } .

## POST /api/things

Create a thing.

The payload must be `{"name": "Lamp", "colour": "red"}` or `{"name": "Lamp"}`.
"""


def test_the_expected_body_gives_its_keys_required_when_every_alternative_has_them(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, EXPECTED)
    flag = params_of(ops[("PUT", "/api/things/{thing_id}/flag")])
    assert flag[("value", "body")] is True
    create = params_of(ops[("POST", "/api/things")])
    assert create[("name", "body")] is True
    assert create[("colour", "body")] is False


SHOWN = """\
# /api/things

## PUT /api/things/{thing_id}/flag

Flag a thing. The server returns { value : true } once it is flagged, and the body
is sent as JSON.
"""


def test_an_object_shown_otherwise_gives_no_field(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, SHOWN)
    flag = params_of(ops[("PUT", "/api/things/{thing_id}/flag")])
    assert ("value", "body") not in flag
