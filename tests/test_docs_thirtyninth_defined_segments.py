"""An example request printed with an item's name still in its path, defined by the sentence after it, in the
thirty-ninth registry batch (benchmarks/docs/registry_truth): `> curl -i -X PATCH
http://localhost:8080/site/@members/member_id ...`, then "Where **member_id** is the id of the member to
update." The segment names one item's identifier and the prose singles it out as the term it explains, so it is
the placeholder `{member_id}`, a required path parameter. A segment the prose does not define stays literal, and
so does an emphasised word that names no item (`**search**`)."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DEFINED = """\
Members
=======

Update a member
---------------

Call it in **PATCH** on the site root::

> curl -i -X PATCH http://localhost:8080/site/@members/member_id --data-raw '{"name": "John"}'

Where **member_id** is the id of the member to update.

Delete a member
---------------

Call it in **DELETE** on the site root::

> curl -i -X DELETE http://localhost:8080/site/@members/member_id -H 'Accept: application/json'

Where **member_id** is the id of the member to delete.
"""

UNDEFINED = """\
Members
=======

Search members
--------------

Use **search** to find members::

> curl -i -X GET http://localhost:8080/site/@members/search -H 'Accept: application/json'

Read one member
---------------

Here for an example member::

> curl -i -X GET http://localhost:8080/site/@members/member_id -H 'Accept: application/json'
"""


def test_a_segment_the_prose_defines_is_a_placeholder(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DEFINED, "README.rst")
    assert ("PATCH", "/site/@members/{member_id}") in ops, sorted(ops)
    assert ("DELETE", "/site/@members/{member_id}") in ops, sorted(ops)
    params = params_of(ops[("PATCH", "/site/@members/{member_id}")])
    assert params.get(("member_id", "path")) is True and ("name", "body") in params, params


def test_undefined_segments_and_plain_words_stay_literal(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, UNDEFINED, "README.rst")
    assert ("GET", "/site/@members/search") in ops, sorted(ops)
    assert not any("{" in path for _, path in ops), sorted(ops)
