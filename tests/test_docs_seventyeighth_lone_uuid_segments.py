"""Requests shown only as curl commands with concrete UUIDs, in the seventy-eighth registry batch
(benchmarks/docs/registry_truth): ``curl -X DELETE http://host/v2/plans/53268a27-.../roles/b7b1583c-...``, the
role's UUID shown once, after a path no route names. A UUID is a value wherever it stands, so each is a
placeholder named after its collection (`{plan}`, `{role}`); a word of the path, even one mixing letters and
digits, stays."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations

DOC = """\
Plans
-----

List All Plans
~~~~~~~~~~~~~~

::

    curl -v -X GET http://0.0.0.0:8585/v2/plans/

Delete a Plan
~~~~~~~~~~~~~

::

    curl -v -X DELETE http://localhost:8585/v2/plans/53268a27-afc8-4b21-839f-90227dd7a001

Removing a Role from a Plan
~~~~~~~~~~~~~~~~~~~~~~~~~~~

::

    curl -v -X DELETE http://localhost:8585/v2/plans/53268a27-afc8-4b21-839f-90227dd7a001/roles/{last}
"""


def test_a_uuid_shown_once_is_a_placeholder(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC.format(last="b7b1583c-5c80-481f-a25b-708ed4a39734"), "curl.rst")
    assert ("DELETE", "/v2/plans/{plan}") in ops
    assert ("DELETE", "/v2/plans/{plan}/roles/{role}") in ops


def test_a_word_shown_once_stays(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC.format(last="route53"), "curl.rst")
    assert ("DELETE", "/v2/plans/{plan}/roles/route53") in ops
