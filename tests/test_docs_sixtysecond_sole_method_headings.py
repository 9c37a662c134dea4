"""Sections titled by a bare path on a page that says all its calls take one method, in the sixty-second registry
batch (benchmarks/docs/registry_truth): a reStructuredText page says once "All calls currently accept only GET
requests" and then titles one section per endpoint with its path alone (`/items`), its query arguments as
definition-list terms in sub-sections. Each path heading is that method's request on the path, with the terms
under it as its parameters. A page that says no single method, and a path heading over method sub-sections, are
left as they were."""

from __future__ import annotations

from pathlib import Path

import pytest

from mcpgen.diagnostics import InputError
from mcpgen.ingest.docs.blocks import Block, Document, Section, Where
from mcpgen.ingest.docs.sole_method_headings import sole_method
from tests.operations import extracted_operations, params_of

PAGE = """\
Notes
-----

All calls (for now) accept only GET requests.

/items
------

Lists the stored items.

Paging
======

``limit``
  How many items to return.

  Default: 10

``offset``
  Where to start.

/tags
-----

Lists the tags.

Filters
=======

``prefix``
  Only tags that start with this.
"""


def test_path_headings_take_the_one_method_the_page_says(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, PAGE, "api.rst")
    assert set(ops) == {("GET", "/items"), ("GET", "/tags")}
    assert params_of(ops[("GET", "/items")]) == {("limit", "query"): False, ("offset", "query"): False}
    assert params_of(ops[("GET", "/tags")]) == {("prefix", "query"): False}


def test_a_page_naming_no_single_method_keeps_its_path_headings(tmp_path: Path) -> None:
    page = PAGE.replace("All calls (for now) accept only GET requests.", "All calls return JSON.")
    with pytest.raises(InputError):
        extracted_operations(tmp_path, page, "api.rst")


def test_a_path_heading_over_method_sections_is_left_alone(tmp_path: Path) -> None:
    page = """\
# API

Every endpoint accepts only POST requests.

## /pets

### GET

Lists the pets.

### POST

Adds a pet.
"""
    ops = extracted_operations(tmp_path, page)
    assert ("POST", "/pets") in ops
    assert ("GET", "/pets") in ops


@pytest.mark.parametrize(
    ("sentence", "method"),
    [
        ("All API calls (currently) permit only GET requests.", "GET"),
        ("The service supports only `POST` requests.", "POST"),
        ("Only GET requests are supported.", "GET"),
        ("All endpoints accept GET and POST.", ""),
        ("Some endpoints accept only GET requests.", ""),
    ],
)
def test_the_sentence_that_names_one_method(sentence: str, method: str) -> None:
    doc = Document(
        file="api.md",
        sections=[Section("API", 1, ("API",), Where("api.md"), [Block("text", Where("api.md"), text=sentence)])],
    )
    assert sole_method(doc) == method
