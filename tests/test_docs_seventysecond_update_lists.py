"""An update whose description lists what it changes after "to update" ("you can issue a PUT request to update
`text`, `author` and `website`"), in the seventy-second registry batch (benchmarks/docs/registry_truth): where every
name listed is a body field of the page's creating POST (at any path), each is an optional body field of the update
(`update_lists.py`). A list holding a word no POST sends is prose and adds nothing."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
API
===

Create comment
--------------

.. code-block:: text

    POST /new

The following keys can be used to POST a new comment:

text : String
    Actual comment, required.

author : String
    Comment author, optional.

website : String
    Commenter's website, optional.

Edit comment
------------

You can issue a PUT request to update `text`, `author` and {last}.

.. code-block:: text

    PUT /id/{{id}}
"""


def test_the_listed_fields_of_the_creating_post_are_the_updates_body(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC.format(last="`website`"), "api.rst")
    assert params_of(ops[("PUT", "/id/{id}")]) == {
        ("id", "path"): True,
        ("text", "body"): False,
        ("author", "body"): False,
        ("website", "body"): False,
    }


def test_a_list_naming_what_no_post_sends_adds_nothing(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC.format(last="the `colour`"), "api.rst")
    assert params_of(ops[("PUT", "/id/{id}")]) == {("id", "path"): True}
