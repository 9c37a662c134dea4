"""A request's parameters sorted under bare "Required" and "Optional" paragraphs, in the sixty-fifth registry batch
(benchmarks/docs/registry_truth): under `**POST /{record-url}/attachment**`, "Required" over one bullet
(``attachment``: a file) and "Optional" over two. The pair of words says each list names parameters, one item as
well, and whether they are needed (`need_pairs.py`). A lone "Optional" over one item of an answer is left alone."""

from __future__ import annotations

from pathlib import Path

from mcpgen.ingest.docs.blocks import Block, Section, Where
from mcpgen.ingest.docs.need_pairs import need_word, sorted_by_need
from tests.operations import extracted_operations, params_of

DOC = """\
Attachments
===========

API
---

**POST /records/{id}/attachment**

It creates the record if it does not exist.

Required

- ``attachment``: a single multipart-encoded file

Optional

- ``data``: attributes to set on record (serialized JSON)
- ``permissions``: permissions to set on record (serialized JSON)

**DELETE /records/{id}/attachment**

Deletes the attachment.
"""

LONE = """\
Info
====

GET /
-----

The returned value is a JSON mapping.

Optional

- ``user``: the connected user, absent without credentials.
"""


def test_required_and_optional_words_sort_the_parameters(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC, "README.rst")
    params = params_of(ops[("POST", "/records/{id}/attachment")])
    assert params[("attachment", "body")] is True
    assert params[("data", "body")] is False
    assert params[("permissions", "body")] is False


def test_a_lone_optional_over_one_item_is_no_parameter(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, LONE, "README.rst")
    assert ("user", "query") not in params_of(ops[("GET", "/")])


def test_the_pair_needs_both_words_each_over_a_list() -> None:
    where = Where("README.rst")
    word = lambda text: Block("text", where, text=text)  # noqa: E731
    items = Block("list", where, items=(("", "`a`: x"),))
    assert need_word("**Required**") and need_word("Optional:")
    assert not need_word("Required fields are marked")
    assert sorted_by_need(Section("s", 2, ("s",), where, [word("Required"), items, word("Optional"), items]))
    assert not sorted_by_need(Section("s", 2, ("s",), where, [word("Optional"), items]))
    assert not sorted_by_need(Section("s", 2, ("s",), where, [word("Required"), word("Optional"), items]))
