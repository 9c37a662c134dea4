"""A resource line that takes either of two methods, in the seventy-ninth registry batch
(benchmarks/docs/registry_truth): `GET or POST http://<host>/api/check` over a bold "Parameters" list of
`**name** - what it is **(required)**` bullets. The listed names are the inputs of both requests: the POST's in its
body, the GET's in its query string. Methods joined by a slash in a listing (`GET/POST /api/check`) only list two
routes, and the GET is not given the POST's body fields."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
# Keys API

## Check a user

### Resource

    {line}

### Request

**Parameters**
 * **username** - The user to check **(required)**
 * **otp** - A one-time password **(optional)**

### Response

Returns the user.

## Delete a key

### Resource

    DELETE http://<host>/api/keys/<id>
"""


def test_the_listed_inputs_are_the_gets_query_and_the_posts_body(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC.format(line="GET or POST http://<host>/api/check"))
    assert params_of(ops[("GET", "/api/check")]) == {("username", "query"): True, ("otp", "query"): False}
    assert params_of(ops[("POST", "/api/check")]) == {("username", "body"): True, ("otp", "body"): False}


def test_methods_joined_by_a_slash_leave_the_get_without_the_body_fields(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC.format(line="GET/POST /api/check"))
    assert ("username", "query") not in params_of(ops[("GET", "/api/check")])
