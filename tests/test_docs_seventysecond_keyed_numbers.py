"""A number in an example request's path right after a segment naming an id (`curl -X PUT http://host/id/1`), in
the seventy-second registry batch (benchmarks/docs/registry_truth): the path spells the key and its value, so the
number is that key's placeholder (`/id/{id}`) though no template is stated (`keyed_numbers.py`). A number after any
other word, and a word after an id's name, are left to the other rules."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
API
===

List comments
-------------

.. code-block:: text

    GET /?uri=%2Fhello

Edit comment
------------

.. code-block:: bash

    $ curl -X PUT http://host/id/1 -d "..." -H "Content-Type: application/json"

Delete comment
--------------

.. code-block:: bash

    $ curl -X DELETE http://host/id/1

Latest comment
--------------

.. code-block:: bash

    $ curl http://host/id/latest
"""


def test_a_number_after_an_id_segment_is_that_id(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC, "api.rst")
    assert ("PUT", "/id/{id}") in ops and ("DELETE", "/id/{id}") in ops
    assert ("PUT", "/id/1") not in ops
    assert params_of(ops[("DELETE", "/id/{id}")]) == {("id", "path"): True}


def test_a_word_after_an_id_segment_is_a_route_of_its_own(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC, "api.rst")
    assert ("GET", "/id/latest") in ops


def test_a_number_after_another_word_is_not_read_here(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC.replace("/id/1", "/comment/1"), "api.rst")
    assert ("PUT", "/comment/1") in ops
