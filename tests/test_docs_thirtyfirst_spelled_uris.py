"""Values spelled into a request's path, in the thirty-first registry batch (benchmarks/docs/registry_truth): an
API whose records are named by URIs of another system (`s3://bucket/key`) addresses them by writing the URI's
scheme and parts as path segments (`curl .../readmes/s3/demo-bucket/4f1c...`), the prose naming the URI
("the dataset with the URI ``s3://demo-bucket/4f1c...``"). The segments are placeholders, named in the
document's words; a path that merely holds a word equal to a URI's scheme is left as written."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

PAGE = """\
Archive API
===========

Records live in the s3://demo-bucket bucket.

Reading a record
----------------

The command below reads the notes of the record with the URI ``s3://demo-bucket/4f1c8e05-558a-48e2-b563-0c9ea273e71e``::

    $ curl http://localhost:7000/notes/s3/demo-bucket/4f1c8e05-558a-48e2-b563-0c9ea273e71e

Response content::

    {"uuid": "4f1c8e05-558a-48e2-b563-0c9ea273e71e", "notes": "first run"}

Registering a store
-------------------

An operator registers the store ``s3://other-bucket``::

    $ curl -X PUT -d '{"owner": "ann"}' http://localhost:7000/stores/s3/other-bucket
"""

WORDS = """\
Archive API
===========

Copies go to ``s3://demo-bucket/incoming``.

Listing copies
--------------

The command below lists the copies made to S3::

    $ curl http://localhost:7000/copies/s3/latest
"""


def test_uri_parts_written_as_segments_are_placeholders(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, PAGE, "README.rst")
    assert set(ops) == {("GET", "/notes/{scheme}/{bucket}/{uuid}"), ("PUT", "/stores/{scheme}/{bucket}")}
    assert params_of(ops[("GET", "/notes/{scheme}/{bucket}/{uuid}")]) == {
        ("scheme", "path"): True,
        ("bucket", "path"): True,
        ("uuid", "path"): True,
    }
    assert params_of(ops[("PUT", "/stores/{scheme}/{bucket}")])[("owner", "body")] is False


def test_a_segment_equal_to_a_scheme_alone_is_a_word(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, WORDS, "README.rst")
    assert set(ops) == {("GET", "/copies/s3/latest")}
