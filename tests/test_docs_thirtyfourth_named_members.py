"""A resource named in its example request by a concrete name its response gives back, in the thirty-fourth
registry batch (benchmarks/docs/registry_truth): `curl -H "$HEADER" http://localhost:5000/account/info/alice`, a
label "Response content:", then `{"username": "alice", ...}`. The response says `alice` is the name of the
resource read, so the segment is its value, a placeholder named after the field (`/account/info/{username}`), as
a response's own `"id"` makes of an id in that place. A last segment the response does not give as the
resource's name is a word of the route."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

NAMED = """\
Accounts
========

Listing the accounts::

    $ curl -H "$HEADER" http://localhost:5000/account/list

Getting information about one's own account
-------------------------------------------

A user can find out about his/her own rights using the command below::

    $ curl -H "$HEADER" http://localhost:5000/account/info/alice

Response content::

    {
      "is_admin": false,
      "username": "alice"
    }
"""


def test_a_segment_the_response_names_the_resource_by_is_a_placeholder(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, NAMED, "README.rst")
    assert set(ops) == {("GET", "/account/list"), ("GET", "/account/info/{username}")}
    assert params_of(ops[("GET", "/account/info/{username}")]) == {("username", "path"): True}


NOT_NAMED = """\
Accounts
========

Listing the accounts::

    $ curl -H "$HEADER" http://localhost:5000/account/list

Getting the server's summary
----------------------------

The command below gives the summary::

    $ curl -H "$HEADER" http://localhost:5000/account/summary

Response content::

    {
      "kind": "summary",
      "owner": {"username": "summary"}
    }
"""


def test_a_segment_the_response_does_not_name_the_resource_by_stays(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, NOT_NAMED, "README.rst")
    assert set(ops) == {("GET", "/account/list"), ("GET", "/account/summary")}
