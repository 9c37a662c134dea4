"""A record's fields stated once as a list, which the example bodies of the requests draw from, in the
thirty-ninth registry batch (benchmarks/docs/registry_truth): "- email [required]: the address", "- channels
[required]: ...", "- name: ...", "- phone: ...", and later `curl -X POST ... --data-raw '{"email": ...,
"channels": [...]}'` and `curl -X PATCH .../{member_id} --data-raw '{"email": ..., "name": ...}'`. Every key
each body sends is a name of the list, so the list is the body's fields: POST takes all four, email and
channels required; PATCH takes all four, none required. A body sending a key no list holds is left as shown, and
a list of response fields holding none of the keys adds nothing."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

FIELDS = """\
Members
=======

Member fields
-------------

- email [required]: the address to write to
- channels [required]: the channels subscribed to
- name: the member's name
- phone: the member's phone number

Create a member
---------------

::

    curl -X POST http://localhost:8080/site/@members --data-raw '{"email": "a@b.org", "channels": ["x"]}'

Update a member
---------------

::

    curl -X PATCH http://localhost:8080/site/@members/{member_id} --data-raw '{"email": "a@b.org", "name": "Jo"}'
"""

UNHELD = """\
Members
=======

Member fields
-------------

- email [required]: the address to write to
- channels [required]: the channels subscribed to
- name: the member's name
- phone: the member's phone number

Create a member
---------------

::

    curl -X POST http://localhost:8080/site/@members --data-raw '{"email": "a@b.org", "nickname": "jo"}'

Create a group
--------------

::

    curl -X POST http://localhost:8080/site/@groups --data-raw '{"title": "Editors", "email": "e@b.org"}'
"""


def test_the_list_holding_every_sent_key_gives_the_body_fields(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, FIELDS, "README.rst")
    created = params_of(ops[("POST", "/site/@members")])
    assert created == {
        ("email", "body"): True,
        ("channels", "body"): True,
        ("name", "body"): False,
        ("phone", "body"): False,
    }, created
    updated = params_of(ops[("PATCH", "/site/@members/{member_id}")])
    assert {k: v for k, v in updated.items() if k[1] == "body"} == {
        ("email", "body"): False,
        ("channels", "body"): False,
        ("name", "body"): False,
        ("phone", "body"): False,
    }, updated


def test_a_body_with_a_key_no_list_holds_is_left_as_shown(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, UNHELD, "README.rst")
    assert set(params_of(ops[("POST", "/site/@members")])) == {("email", "body"), ("nickname", "body")}
    assert set(params_of(ops[("POST", "/site/@groups")])) == {("title", "body"), ("email", "body")}
