"""Headers of an operation written as several request lines back to back, in the seventy-fourth registry batch
(benchmarks/docs/registry_truth): a heading per operation, then `POST <host>/api/votes/set/<kind>/single/<uid>` and
`POST <host>/api/votes/set/<kind>/collection/<uid>/<id>` in one paragraph, then "you must provide **one** of the
following headers:" over `` `X-Voter-Id` - ... `` bullets (an en dash after the code), or "via `X-Voter-Id` header"
in a bullet. Each line is a variant of the one operation and takes the headers the section names (not required: one
of them will do). Request lines in separate paragraphs (separate operations) are left alone."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
# Votes

## REST API

### Set vote

`POST <host>/api/votes/set/<kind>/single/<uid>`
`POST <host>/api/votes/set/<kind>/collection/<uid>/<id>`

Create a vote of a kind on a single or collection item.

To identify the voter, you must provide **one** of the following headers:

- `Authorization` \u2013 use this header for a user of the service.
- `X-Voter-Id` \u2013 use this header for anyone else.

### List votes

`GET <host>/api/votes/list/single/<uid>`
`GET <host>/api/votes/list/collection/<uid>/<id>`

Return the votes:
- all - if you're not providing the user context via `Authorization` header
- of one voter - if call is done with a voter ID via `X-Voter-Id` header
"""

APART = """\
# Votes

### Votes

`POST <host>/api/votes/set/<kind>`

Sets a vote.

`DELETE <host>/api/votes/unset/<kind>`

To identify the voter, you must provide **one** of the following headers:

- `X-Voter-Id` \u2013 use this header for anyone else.
"""


def test_each_variant_line_takes_the_sections_headers(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    for key in [
        ("POST", "/api/votes/set/{kind}/single/{uid}"),
        ("POST", "/api/votes/set/{kind}/collection/{uid}/{id}"),
        ("GET", "/api/votes/list/single/{uid}"),
        ("GET", "/api/votes/list/collection/{uid}/{id}"),
    ]:
        params = params_of(ops[key])
        assert params[("X-Voter-Id", "header")] is False, key
        assert ("Authorization", "header") not in params


def test_request_lines_in_separate_paragraphs_are_left(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, APART)
    assert ("X-Voter-Id", "header") not in params_of(ops[("POST", "/api/votes/set/{kind}")])
