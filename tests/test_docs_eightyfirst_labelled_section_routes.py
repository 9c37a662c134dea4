"""A section opening with `Endpoint: ``/:name/``` over example requests: the examples are calls of that route."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations

SECTION = """Server
======

Index detail
------------

Endpoint: ``{route}``

The index detail returns the name of the index.

Example ``GET`` request:

.. code-block:: console

    $ curl localhost:8000/test-index/

Example of deleting the index:

.. code-block:: console

    $ curl -X DELETE localhost:8000/photos/
"""


def test_examples_fitting_a_labelled_placeholder_route_are_its_calls(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, SECTION.format(route="/:index-name/"), name="server.rst")
    assert ("GET", "/{index-name}/") in ops
    assert ("DELETE", "/{index-name}/") in ops
    assert not any(path in ("/test-index/", "/photos/") for _, path in ops)


def test_a_colon_placeholder_named_with_hyphens_is_one_placeholder(tmp_path: Path) -> None:
    text = SECTION.format(route="/docs/:document-id/").replace("8000/test-index/", "8000/docs/12/")
    ops = extracted_operations(tmp_path, text.replace("8000/photos/", "8000/docs/13/"), name="server.rst")
    assert ("GET", "/docs/{document-id}/") in ops
    assert ("DELETE", "/docs/{document-id}/") in ops


def test_examples_of_another_length_are_left_alone(tmp_path: Path) -> None:
    text = SECTION.format(route="/:index-name/").replace("8000/photos/", "8000/photos/search/")
    ops = extracted_operations(tmp_path, text, name="server.rst")
    assert ("GET", "/{index-name}/") in ops
    assert ("DELETE", "/{index-name}/") not in ops


def test_a_section_without_the_label_keeps_its_examples(tmp_path: Path) -> None:
    text = SECTION.format(route="/:index-name/").replace("Endpoint: ``/:index-name/``", "Indexes hold documents.")
    ops = extracted_operations(tmp_path, text, name="server.rst")
    assert ("GET", "/{index-name}/") not in ops
    assert ("DELETE", "/{index-name}/") not in ops


METADATA = """Server
======

Update metadata
---------------

Endpoint: ``/docs/:document-id/metadata/``

{sentence} a JSON object with a ``metadata`` key.

Example ``POST`` request:

.. code-block:: console

    $ curl -H "Content-Type: application/json" -d '{{"metadata": {{"a": "b"}}}}' localhost:8000/docs/1/metadata/
"""


def test_methods_opening_a_sentence_state_the_labelled_route(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, METADATA.format(sentence="``POST`` or ``PUT``"), name="server.rst")
    assert ("POST", "/docs/{document-id}/metadata/") in ops
    assert ("PUT", "/docs/{document-id}/metadata/") in ops


def test_a_method_further_into_a_sentence_states_nothing(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, METADATA.format(sentence="Unlike a ``PUT``, send"), name="server.rst")
    assert ("POST", "/docs/{document-id}/metadata/") in ops
    assert ("PUT", "/docs/{document-id}/metadata/") not in ops
