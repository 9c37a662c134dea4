"""A route of the thirty-fifth registry batch (benchmarks/docs/registry_truth) that takes a further method said in a
sentence of its section: under `GET /{bucket}`, "To count the records without fetching them, a ``HEAD`` request
can be used." The sentence names no path: it speaks of the section's resource, which takes that method too. A
sentence naming a path speaks of that path, and gives the section's route no method."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations

PAGE = """\
Records
#######

GET /{bucket}
=============

Lists the records of a bucket.

Counting
--------

To count the records without fetching them, a ``HEAD`` request can be used. The ``Total-Records`` response
header gives the number.

POST /{bucket}
==============

Adds a record.
"""


def test_a_request_said_usable_on_the_section_resource_is_a_route(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, PAGE, "records.rst")
    assert set(ops) == {("GET", "/{bucket}"), ("HEAD", "/{bucket}"), ("POST", "/{bucket}")}


def test_a_request_said_usable_on_another_path_is_no_route_here(tmp_path: Path) -> None:
    page = PAGE.replace("a ``HEAD`` request can be used", "a ``HEAD`` request can be sent to ``/stats``")
    ops = extracted_operations(tmp_path, page, "records.rst")
    assert set(ops) == {("GET", "/{bucket}"), ("POST", "/{bucket}")}
