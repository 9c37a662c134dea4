"""Headers named in sentences, in the twenty-first registry batch (benchmarks/docs/registry_truth,
FIRST_CONTACT.md "After first contact (twenty-first batch)"). Each rule is written for the structure a page
uses, not for the project that showed it first."""

from __future__ import annotations

from pathlib import Path

from operations import extracted_paths, params_of

PAGE_HEADERS = """\
# File store

## Create a file

`POST /files` returns a status 201 with a `Location` header for the new file.

## List files

`GET /files` returns the files. The response mentions the total count in the `Content-Range` header.

## Replace a file

`PUT /files/:id` stores a new version; it answers 412 unless the `If-Match` header matches the current one.
"""


def test_a_header_a_sentence_says_comes_back_is_no_parameter(tmp_path: Path) -> None:
    """ "returns a status 201 with a `Location` header", "The response mentions ... in the `Content-Range`
    header": headers of the response, not of the request; a header a condition asks for ("unless the `If-Match`
    header matches") is still sent."""
    paths = extracted_paths(tmp_path, "README.md", PAGE_HEADERS)
    assert params_of(paths["/files"]["post"]) == {}
    assert params_of(paths["/files"]["get"]) == {}
    assert params_of(paths["/files/{id}"]["put"]) == {("id", "path"): True, ("If-Match", "header"): False}
