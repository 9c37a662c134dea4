"""A placeholder named for a URL spanning several segments, in the sixty-fifth registry batch
(benchmarks/docs/registry_truth): `POST /{record-url}/attachment` is shown by an HTTPie call to
`http://localhost:8888/v1/buckets/b/collections/c/records/r1/attachment`; the record URL is the whole address
before `/attachment`, so the call is an example of that route, no route of its own (`spanning_placeholders.py`).
A placeholder named otherwise (`{id}`) fills one segment."""

from __future__ import annotations

from pathlib import Path

from mcpgen.ingest.docs.spanning_placeholders import spanned
from tests.operations import extracted_operations, params_of

DOC = """\
Attachments
===========

API
---

**POST /{record-url}/attachment**

Attaches a file to the record.

Usage
-----

.. code-block:: bash

    http --form POST http://localhost:8888/v1/buckets/site/collections/assets/records/r1/attachment \\
        attachment@~/background.jpg
"""

ONE_SEGMENT = DOC.replace("{record-url}", "{id}")


def test_an_example_fills_a_url_placeholder_with_several_segments(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC, "README.rst")
    assert set(ops) == {("POST", "/{record-url}/attachment")}
    assert ("attachment", "body") in params_of(ops[("POST", "/{record-url}/attachment")])


def test_a_one_segment_placeholder_spans_nothing(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, ONE_SEGMENT, "README.rst")
    assert ("POST", "/{id}/attachment") in ops
    assert ("POST", "/v1/buckets/site/collections/assets/records/r1/attachment") in ops


def test_spanned_repeats_only_one_url_named_placeholder() -> None:
    concrete = ["", "v1", "b", "x", "attachment"]
    spanning = ["", "{record-url}", "attachment"]
    assert spanned(spanning, concrete) == ["", "{record-url}", "{record-url}", "{record-url}", "attachment"]
    assert spanned(["", "{id}", "attachment"], concrete) is None
    assert spanned(["", "{a-url}", "{b-url}", "attachment"], [*concrete, "z"]) is None
    assert spanned(spanning, ["", "v1", "", "attachment"]) is None
