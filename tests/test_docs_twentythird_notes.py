"""Structures of the twenty-third registry batch (benchmarks/docs/registry_truth, FIRST_CONTACT.md): "Usage
Notes" bullets under an endpoint that name a query argument to add to the URI or a variable a request may pass,
and a response fence that refers to another endpoint's response by its request line."""

from __future__ import annotations

from pathlib import Path

from operations import extracted_paths, params_of

PAGE_USAGE_NOTES = """\
# Plotter HTTP API

### GET /v1/head

Gets the head's status at the end of the queue.

#### Response
```javascript
HTTP/1.1 200 OK
Content-Type: application/json; charset=UTF-8

{"x": 10, "y": 20}
```

##### Usage Notes

 * Values are reset when the server restarts.
 * To get the position the machine has actually reached, add `?actual=1` to the query URI.

### PUT /v1/head

Moves the head.

#### Request
```javascript
PUT /v1/head
Content-Type: application/json; charset=UTF-8

{
  "x": 10, // percentage of the width
  "y": 20
}
```

#### Response
```javascript
HTTP/1.1 200 OK
Content-Type: application/json; charset=UTF-8

( RETURNS THE FULL HEAD STATUS, SEE ABOVE EXAMPLE IN: GET /v1/head RESPONSE )
```

##### Request Fields

 * `speed` (optional): how fast the head moves, in steps per second

##### Usage Notes

 * Returns the full head status on success.
 * Passing the variable `noWait` as `1` finishes the request immediately, while the head still moves.
"""


def test_usage_note_bullets_name_a_query_argument_and_a_passed_variable(tmp_path: Path) -> None:
    """ "add `?actual=1` to the query URI" under `GET /v1/head` is its optional query argument `actual`; "Passing
    the variable `noWait`" under `PUT /v1/head` is an optional field of its body, beside the example's fields."""
    paths = extracted_paths(tmp_path, "API.md", PAGE_USAGE_NOTES)
    assert params_of(paths["/v1/head"]["get"]) == {("actual", "query"): False}
    assert params_of(paths["/v1/head"]["put"]) == {
        ("x", "body"): False,
        ("y", "body"): False,
        ("speed", "body"): False,
        ("noWait", "body"): False,
    }


def test_a_request_line_inside_a_response_fence_refers_to_that_endpoint(tmp_path: Path) -> None:
    """`( SEE ABOVE EXAMPLE IN: GET /v1/head RESPONSE )` in the PUT's response fence names the GET's response:
    the sections after it stay the PUT's, and the fields they list are the PUT's."""
    paths = extracted_paths(tmp_path, "API.md", PAGE_USAGE_NOTES)
    assert {(m, p) for p, ops in paths.items() for m in ops} == {("get", "/v1/head"), ("put", "/v1/head")}
    assert ("speed", "body") in params_of(paths["/v1/head"]["put"])
    assert params_of(paths["/v1/head"]["get"]).keys() <= {("actual", "query")}
