"""Request headers of the thirty-fifth registry batch (benchmarks/docs/registry_truth) named in a sentence with an
example value, the whole in code ("If the ``If-Match: "<timestamp>"`` request header is provided, ..."): the name
before the colon is a header the request may send. A header so written in a sentence about the answer ("The
response carries a ``Retry-After: 30`` header") is not the request's."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

PAGE = """\
Records
#######

PUT /{bucket}/<id>
==================

Replaces a record.

If the ``If-Match: "<timestamp>"`` request header is provided, and if the record has changed meanwhile, a
``412 Precondition failed`` error is returned.

If the ``Wait-For: 30`` header is sent, the server waits for the write to settle.

The response carries a ``Retry-After: 30`` header when the store is busy.
"""


def test_a_coded_header_with_its_value_is_a_request_header(tmp_path: Path) -> None:
    put = params_of(extracted_operations(tmp_path, PAGE, "records.rst")[("PUT", "/{bucket}/{id}")])
    assert put[("If-Match", "header")] is False
    assert put[("Wait-For", "header")] is False


def test_a_coded_header_the_answer_carries_is_no_parameter(tmp_path: Path) -> None:
    put = params_of(extracted_operations(tmp_path, PAGE, "records.rst")[("PUT", "/{bucket}/{id}")])
    assert not any(name == "Retry-After" for name, _ in put)
