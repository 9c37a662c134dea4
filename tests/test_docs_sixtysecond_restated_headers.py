"""Standard headers an httpdomain field list declares only by restating what they are, in the sixty-second registry
batch (benchmarks/docs/registry_truth): `:reqheader Accept: desired response content type` and `:reqheader
Content-Type: request body content type` on every directive are the protocol's content negotiation, no parameter of
the request. A header described with its values (`Accept: text/plain or application/json, the listing format`) and
any other declared header stay parameters."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

GENERIC = """\
Notes API
=========

.. http:post:: /notes

   Create a note.

   :reqheader Accept: desired response content type
   :reqheader Content-Type: request body content type
   :reqheader X-Request-Id: the caller's id of this request
   :<json string title: the note's title
   :statuscode 201: created

.. http:get:: /notes

   List the notes.

   :query limit: how many to return
   :reqheader Accept: the response content type.
   :statuscode 200: no error
"""

VALUED = """\
Listings
========

.. http:get:: /listing

   The listing.

   :reqheader Accept: ``text/plain`` or ``application/json``, the format of the listing
   :statuscode 200: no error
"""


def test_headers_that_only_restate_their_meaning_give_no_parameter(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, GENERIC, "notes.rst")
    assert params_of(ops[("POST", "/notes")]) == {("X-Request-Id", "header"): False, ("title", "body"): False}
    assert params_of(ops[("GET", "/notes")]) == {("limit", "query"): False}


def test_a_header_described_by_its_values_stays(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, VALUED, "listing.rst")
    assert params_of(ops[("GET", "/listing")]) == {("Accept", "header"): False}
