"""Structures of the twenty-second registry batch (benchmarks/docs/registry_truth, FIRST_CONTACT.md): a raw
request printed between captions, "JSON Request" above it and "Response:" with the answer below it, in one
literal block."""

from __future__ import annotations

from pathlib import Path

from operations import extracted_paths, params_of

PAGE_FRAMED_REQUESTS = """\
Garden API
==========

REST API
--------

1. Plant a bed.

::

    JSON Request
    POST /v1/beds
    Content-Type: application/json
    {"plant": "tomato",
     "rows": <row-count>,
     "shade": false
    }

    Response:
    {"bed_id": "<bed-uuid>",
     "plant": "tomato",
     "rows": <row-count>
    }

2. Water a bed.

::

    POST /v1/beds/<bed-uuid>/waterings
    Content-Type: application/json
    {"litres": 4}

    Response:
    {"watering_id": "<watering-uuid>", "litres": 4}

3. Show a bed.

::

    JSON Request
    GET /v1/beds/<bed-uuid>
    Content-Type: application/json
    Response:
    {"bed_id": "<bed-uuid>", "plant": "tomato", "rows": 3}
"""


def test_a_captioned_raw_request_sends_the_body_between_its_captions(tmp_path: Path) -> None:
    """The JSON under the request line's headers is the request body (its top-level fields body parameters, a
    bare `<row-count>` placeholder a value); the JSON after "Response:" is the answer and adds nothing; the
    Content-Type line is a media type, no parameter."""
    paths = extracted_paths(tmp_path, "api.rst", PAGE_FRAMED_REQUESTS)
    assert {(m, p) for p, ops in paths.items() for m in ops} == {
        ("post", "/v1/beds"),
        ("post", "/v1/beds/{bed-uuid}/waterings"),
        ("get", "/v1/beds/{bed-uuid}"),
    }
    assert set(params_of(paths["/v1/beds"]["post"])) == {("plant", "body"), ("rows", "body"), ("shade", "body")}
    assert set(params_of(paths["/v1/beds/{bed-uuid}/waterings"]["post"])) == {
        ("bed-uuid", "path"),
        ("litres", "body"),
    }
    assert set(params_of(paths["/v1/beds/{bed-uuid}"]["get"])) == {("bed-uuid", "path")}
