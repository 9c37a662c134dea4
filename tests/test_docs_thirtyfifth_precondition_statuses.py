"""An operation's status-code list in the thirty-fifth registry batch (benchmarks/docs/registry_truth) whose
precondition statuses name the header they test ("``412 Precondition Failed``: Collection changed since value in
``If-Match`` header", "``304 Not Modified``: ... in ``If-None-Match`` header"): 304 and 412 answer a conditional
request only, so the header is one the request may send. A header another status names ("``429``: see the
``Retry-After`` header") is the answer's."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

PAGE = """\
Records
#######

GET /{bucket}
=============

Lists the records of a bucket.

HTTP Status Codes
-----------------

* ``200 OK``: The request was processed
* ``304 Not Modified``: Bucket did not change since value in ``If-None-Match`` header
* ``412 Precondition Failed``: Bucket changed since value in ``If-Match`` header
* ``429 Too Many Requests``: Slow down, see the ``Retry-After`` header

DELETE /{bucket}
================

Empties the bucket.
"""


def test_precondition_statuses_name_request_headers(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, PAGE, "records.rst")
    assert params_of(ops[("GET", "/{bucket}")]) == {
        ("bucket", "path"): True,
        ("If-None-Match", "header"): False,
        ("If-Match", "header"): False,
    }
    assert params_of(ops[("DELETE", "/{bucket}")]) == {("bucket", "path"): True}
