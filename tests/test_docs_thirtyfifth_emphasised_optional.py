"""Body fields of the thirty-fifth registry batch (benchmarks/docs/registry_truth) listed as `` ``name``: what it
is`` items, the optional ones marked by the word set in emphasis at the head of the description
("``permissions``: *optional* a dict ...", "``defaults``: (*optional*) values ..."). The mark says what
"(optional)" after the name says: the listed fields it does not mark are required. The word in plain text inside a
description ("an optional dict") is no mark."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

PAGE = """\
Records
#######

POST /{bucket}
==============

The POST body is a JSON mapping containing:

- ``data``: the values of the record's fields;
- ``rights``: *optional* a dict of who may read the record.

PUT /{bucket}/<id>
==================

The PUT body is a mapping, with the following attributes:

- ``data``: the values of the record's fields
- ``meta``: (*optional*) values kept beside the record
"""


def test_an_emphasised_optional_mark_leaves_the_other_fields_required(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, PAGE, "records.rst")
    assert params_of(ops[("POST", "/{bucket}")]) == {
        ("bucket", "path"): True,
        ("data", "body"): True,
        ("rights", "body"): False,
    }
    put = params_of(ops[("PUT", "/{bucket}/{id}")])
    assert put[("data", "body")] is True
    assert put[("meta", "body")] is False


def test_the_word_optional_inside_a_description_is_no_mark(tmp_path: Path) -> None:
    page = PAGE.replace("*optional* a dict", "an optional dict").replace("(*optional*) values", "values")
    ops = extracted_operations(tmp_path, page, "records.rst")
    assert params_of(ops[("POST", "/{bucket}")])[("data", "body")] is False
    assert params_of(ops[("PUT", "/{bucket}/{id}")])[("data", "body")] is False
