"""A value shown in a route's placeholder, shown again in a longer request's path, in the thirty-first registry
batch (benchmarks/docs/registry_truth): a page of curl commands registers `PUT .../users/joe` with the body
`{"username": "joe"}` (so `/users/{username}`), reads `GET .../users/olssont` (an example of it), and shows
`GET .../users/olssont/summary`. The value after `/users` fills the placeholder there too:
`/users/{username}/summary`. A value never shown in a placeholder (`/reports/weekly/summary`) stays a word."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations

PAGE = """\
Accounts API
============

Summary of a user
-----------------

An overall summary for a user::

    $ curl http://localhost:5000/users/olssont/summary

Weekly report
-------------

The weekly report::

    $ curl http://localhost:5000/reports/weekly/summary

Reading a user
--------------

A user can read his own record::

    $ curl http://localhost:5000/users/olssont

Registering users
-----------------

An admin user can register other users::

    $ curl -H "Content-Type: application/json" -X PUT -d '{"username": "joe", "is_admin": true}' http://localhost:5000/users/joe
"""


def test_a_value_filling_a_placeholder_fills_it_in_a_longer_path(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, PAGE, "README.rst")
    assert ("GET", "/users/{username}/summary") in ops
    assert ("GET", "/users/olssont/summary") not in ops


def test_a_word_never_shown_in_a_placeholder_stays(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, PAGE, "README.rst")
    assert ("GET", "/reports/weekly/summary") in ops
