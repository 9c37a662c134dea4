"""A "List of available URL parameters" heading of the thirty-fifth registry batch (benchmarks/docs/registry_truth)
under an operation's heading `GET /{bucket}`, over names none of which the path holds (``_sort``, ``_limit``): a
URL carries parameters in its path or its query string, and these cannot be the path's, so they are query
parameters. A list under the same heading that names a placeholder of the path means the path's, as before."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

PAGE = """\
Records
#######

GET /{bucket}
=============

Lists the records of a bucket.

List of available URL parameters
--------------------------------

- ``_sort``: order list
- ``_limit``: pagination max size

POST /{bucket}
==============

Adds a record.
"""


def test_url_parameters_the_path_does_not_hold_are_query_parameters(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, PAGE, "records.rst")
    assert params_of(ops[("GET", "/{bucket}")]) == {
        ("bucket", "path"): True,
        ("_sort", "query"): False,
        ("_limit", "query"): False,
    }


def test_url_parameters_naming_a_placeholder_are_the_path_s(tmp_path: Path) -> None:
    page = PAGE.replace("- ``_sort``: order list", "- ``bucket``: the bucket's name")
    ops = extracted_operations(tmp_path, page, "records.rst")
    assert ("_limit", "query") not in params_of(ops[("GET", "/{bucket}")])
    assert params_of(ops[("GET", "/{bucket}")])[("bucket", "path")] is True
