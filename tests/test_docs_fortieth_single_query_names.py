"""One coded name a sentence calls a query parameter with an article before it, in the fortieth registry batch
(benchmarks/docs/registry_truth): a bullet "``GET /flags/enabled``" over the sentence "Can check for a specific
user by providing an ``email`` query parameter." The name is a query parameter of the bullet's route, optional
(the sentence says it can be given). A coded name the sentence calls something else (a field of the body) is no
query parameter."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
Flag endpoints
==============

Requires: an authenticated user.

- ``GET /flags/enabled``
  Check whether the flag is on. {sentence}

Listing endpoints
=================

- ``GET /flags/all``
  List every flag.
"""


def test_an_article_and_a_coded_name_before_query_parameter(tmp_path: Path) -> None:
    text = DOC.format(sentence="Can check for a specific user by providing an ``email`` query parameter.")
    ops = extracted_operations(tmp_path, text, "flags.rst")
    assert params_of(ops[("GET", "/flags/enabled")]) == {("email", "query"): False}
    assert params_of(ops[("GET", "/flags/all")]) == {}


def test_a_coded_name_called_something_else_is_no_query_parameter(tmp_path: Path) -> None:
    text = DOC.format(sentence="Can check for a specific user by naming an ``email`` address in the profile.")
    ops = extracted_operations(tmp_path, text, "flags.rst")
    assert params_of(ops[("GET", "/flags/enabled")]) == {}


def test_a_name_the_sentence_says_must_be_given_is_not_read_as_optional(tmp_path: Path) -> None:
    text = DOC.format(sentence="You must supply the ``email`` query parameter.")
    ops = extracted_operations(tmp_path, text, "flags.rst")
    assert params_of(ops[("GET", "/flags/enabled")]).get(("email", "query")) is not False
