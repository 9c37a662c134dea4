"""A JSON example a sentence says a request sends, by its method written in capitals and the thing it writes ("This
is the format that must be used to PUT a new record into the store::"), away from any request line, in the
seventy-second registry batch (benchmarks/docs/registry_truth) (`purposed_examples.py`). The one stated request of
that method whose description speaks of that thing takes the example's top-level keys as its body fields (nested
keys are not). The same sentence in lower case ("to put a new record") is English, not a request."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

ROUTES = """\
Store
=====

API
---

.. list-table:: Operations
   :header-rows: 1

   * - URL
     - GET
     - PUT
     - DELETE
   * - /<shelf>/
     - Return the shelf
     - Create a new shelf
     - .
   * - /<shelf>/<label>/
     - Return the record
     - Create or update a record with the given label
     - Delete the record

JSON format
-----------

Here is an example of a record encoded using JSON. This is the format that must be used to {verb} a new record
into the store::

    {{
        "user": "testuser",
        "label": "20100709-154255",
        "executable": {{
            "path": "/usr/local/bin/python",
            "version": "2.5.2"
        }},
        "digest": 'a39100d5',
        "tags": ""
    }}
"""


def test_the_example_is_the_body_of_the_one_put_that_speaks_of_the_thing(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, ROUTES.format(verb="PUT"), "README.rst")
    assert params_of(ops[("PUT", "/{shelf}/{label}/")]) == {
        ("shelf", "path"): True,
        ("label", "path"): True,
        ("user", "body"): False,
        ("label", "body"): False,
        ("executable", "body"): False,
        ("digest", "body"): False,
        ("tags", "body"): False,
    }
    assert params_of(ops[("PUT", "/{shelf}/")]) == {("shelf", "path"): True}


def test_a_lower_case_verb_names_no_request(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, ROUTES.format(verb="put"), "README.rst")
    assert params_of(ops[("PUT", "/{shelf}/{label}/")]) == {("shelf", "path"): True, ("label", "path"): True}
