"""Objects defined in a list item with their keys nested under it, in the sixty-ninth registry batch
(benchmarks/docs/registry_truth): "a bookmark is a JSON serializable (dict-like) with keys:" over `` `uid`: ... ``
items, and a request whose description says its "body is JSON of one bookmark": the keys are that body's fields,
required only where a key's text says so. A body that is a bare list ("body is JSON, list of uids"), a noun defined
nowhere, and a lead-in over items that are not keys are left alone."""

from __future__ import annotations

from pathlib import Path

from mcpgen.ingest.docs.prose_models import prose_models, sent_model
from mcpgen.ingest.docs.rst import reduce_rst
from tests.operations import extracted_operations, params_of

DOC = """\
Service
=======

Data Format
-----------

- a bookmark is a JSON serializable (dict-like) with keys:
    - ``uid``: UID of content item
    - ``payload``: arbitrary dict with custom data (optional)

RESTAPI
-------

``@bookmark`` - single bookmark
    - ``POST`` creates new bookmark, body is JSON of one bookmark
    - ``DELETE`` removes bookmark, body is JSON, list with exact one uid as string
    - ``PATCH`` updates a note, body is JSON of one note
"""

NOT_KEYS = """\
Data Format
-----------

- a bookmark is a JSON serializable (dict-like) with keys:
    - stored in the user's properties
    - ``uid``: UID of content item
"""


def test_body_of_one_defined_object(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC, "README.rst")
    assert params_of(ops[("POST", "/@bookmark")]) == {("uid", "body"): False, ("payload", "body"): False}
    assert params_of(ops[("DELETE", "/@bookmark")]) == {}  # a bare list of uids: no field names
    assert params_of(ops[("PATCH", "/@bookmark")]) == {}  # a note is defined nowhere


def test_near_misses_are_left_alone() -> None:
    assert prose_models(reduce_rst(NOT_KEYS, "README.rst")) == {}  # the nested items are not all keys
    defined = prose_models(reduce_rst(DOC, "README.rst"))
    assert set(defined) == {"bookmark"}
    assert sent_model("body is JSON, list of uids", defined) == []
    assert sent_model("returns one bookmark", defined) == []  # no body said
