"""A list labelled "Parameters:" whose items open with a bold name and go straight on to its description, with no
colon or dash between, in the thirty-ninth registry batch (benchmarks/docs/registry_truth): "- **start** a start
date. If not given, the start will be today." The bold name is the parameter (as a `code` name in the same place
already was): start, end and first_available are query parameters of the GET the section describes. A list of
bold words under no parameters label, or bold words inside a sentence, gives none."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

LABELLED = """\
Slots
=====

@slots
------

Returns the free slots.

Parameters:

- **start** a start date. If not given, the start will be today.
- **end** an end date. If not given, the end will be the last day of the month.
- **first_available** a boolean flag, if set the first available slot is returned.

Example::

   curl -i http://localhost:8080/site/@slots -H 'Accept: application/json'
"""

UNLABELLED = """\
Slots
=====

@slots
------

Returns the free slots. Two kinds exist:

- **morning** slots start before noon.
- **evening** slots start after six.

Example::

   curl -i http://localhost:8080/site/@slots -H 'Accept: application/json'
"""


def test_bold_names_leading_a_labelled_list_are_parameters(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, LABELLED, "README.rst")
    params = params_of(ops[("GET", "/site/@slots")])
    assert params == {("start", "query"): False, ("end", "query"): False, ("first_available", "query"): False}, params


def test_bold_words_in_an_unlabelled_list_are_not(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, UNLABELLED, "README.rst")
    assert params_of(ops[("GET", "/site/@slots")]) == {}
