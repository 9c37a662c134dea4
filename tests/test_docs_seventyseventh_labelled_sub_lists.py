"""An endpoint list whose items nest labelled sub-lists of parameters, in the seventy-seventh registry batch
(benchmarks/docs/registry_truth): each top-level item opens with a request line (methods perhaps joined with `|`),
a sub-item is only a label ("Supported URL parameters:", "Required body or URL parameters:") and the items under
it give one coded name each. "URL parameters" are the query's, "body or URL" the body of a POST and the query of a
GET, "Required" marks them all required; "the same as for `POST /echo`" takes that item's parameters. A label that
names no request parameters ("Response codes:") and a parameter label alone with no coded names under it give
nothing."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
# Handlers

## Auth

  * `GET|POST /login`: Logs in
    - Supported URL parameters:
      + `goto`: Redirect to this URL
    - Required body or URL parameters (unless no user file is set):
      + `username`: Username
      + `password`: Password
    - Response codes:
      + `200 OK`: Logged in
  * `POST /echo`: Render the content
    - Supported URL parameters:
      + `data`: The content (required)
      + `type`: The content type
    - Response codes:
      + `400 Bad Request`: Cannot decode data
  * `POST /cache/{name}`: Save the content
    - Supported URL parameters and formats are the same as for `POST /echo`
  * `GET /cache/new`: A new id
    - Response codes:
      + `200 OK`: Body contains a random id
  * `GET /status`: The status
    - Supported URL parameters:
      + none, it takes no arguments
"""


def test_labelled_sub_lists_give_the_parameters(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert params_of(ops[("GET", "/login")]) == {
        ("goto", "query"): False,
        ("username", "query"): True,
        ("password", "query"): True,
    }
    assert params_of(ops[("POST", "/login")]) == {
        ("goto", "query"): False,
        ("username", "body"): True,
        ("password", "body"): True,
    }
    assert params_of(ops[("POST", "/echo")]) == {("data", "query"): True, ("type", "query"): False}


def test_same_as_takes_the_other_items_parameters(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert params_of(ops[("POST", "/cache/{name}")]) == {
        ("name", "path"): True,
        ("data", "query"): True,
        ("type", "query"): False,
    }


def test_response_codes_and_uncoded_items_give_nothing(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert params_of(ops[("GET", "/cache/new")]) == {}
    assert params_of(ops[("GET", "/status")]) == {}
