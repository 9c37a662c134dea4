"""An example request whose query string lost its "?", in the seventy-ninth registry batch
(benchmarks/docs/registry_truth): `curl http://host/api/users/41/validatepassword=foo&otp=123` under a section
stating `GET http://<host>/api/users/<id>/validate`. The `name=value` pairs glued to the last segment are the query
of the stated route, not a route of their own; a glued segment that no stated route explains is left as written."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
# Users API

## Validate a user

### Resource

    GET http://<host>/api/users/<id>/validate

### Request

Checks the password of the user.

**Example:**

    curl {example}

## Delete a user

### Resource

    DELETE http://<host>/api/users/<id>
"""


def test_pairs_glued_to_the_routes_last_segment_are_its_query(tmp_path: Path) -> None:
    ops = extracted_operations(
        tmp_path, DOC.format(example="http://127.0.0.1:8080/api/users/41/validatepassword=foo&otp=123")
    )
    assert set(ops) == {("GET", "/api/users/{id}/validate"), ("DELETE", "/api/users/{id}")}


def test_a_glued_segment_no_stated_route_explains_is_left_as_written(tmp_path: Path) -> None:
    ops = extracted_operations(
        tmp_path, DOC.format(example="http://127.0.0.1:8080/api/users/41/checkpassword=foo&otp=123")
    )
    assert len(ops) == 3
    assert any("checkpassword=foo" in path for _, path in ops)


SLASHED = """\
# Root cause API

## Get the root cause

    GET /v1/rca

### Request Examples

::

    GET /v1/rca/{example} HTTP/1.1
    Host: 135.248.18.122:8999

## List alarms

    GET /v1/alarm
"""


def test_a_segment_of_pairs_after_a_stated_route_is_its_query(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, SLASHED.format(example="alarm_id=ALARM%3A1"))
    assert set(ops) == {("GET", "/v1/rca"), ("GET", "/v1/alarm")}
    assert ("alarm_id", "query") in params_of(ops[("GET", "/v1/rca")])
