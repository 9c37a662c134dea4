"""Parameters a general section gives every list endpoint, in the fortieth registry batch
(benchmarks/docs/registry_truth): a Pagination section saying "All *list* endpoints support the ``page_size``
parameter ... in conjunction with the ``page`` parameter", then operations under headings in words ("List
shelves", "Get list of books of a shelf") or method headings whose sentence says "Returns the list of shelves".
Each such GET takes the named parameters as optional query parameters; a GET that returns one item, or "a list
representing" what an action would do, takes none, and a sentence about all endpoints without the word "list"
gives nothing."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

PAGED = """\
Library
*******

Pagination
==========

All *list* endpoints support the ``page_size`` parameter that allows paginating
the results in conjunction with the ``page`` parameter.

List shelves
############

.. code-block:: text

    GET /api/v2/shelf/

Get shelf details
#################

.. code-block:: text

    GET /api/v2/shelf/{id}/

Get list of books of a shelf
############################

.. code-block:: text

    GET /api/v2/shelf/{id}/book/

Dry-run shelf move
##################

Returns a list representing the books that would be moved if POST is used.

.. code-block:: text

    GET /api/v2/shelf/{id}/move/

Rooms
#####

Returns the list of rooms.

.. code-block:: text

    GET /api/v2/room/
"""


def test_all_list_endpoints_take_the_named_parameters(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, PAGED, "README.rst")
    for key in (("GET", "/api/v2/shelf/"), ("GET", "/api/v2/shelf/{id}/book/"), ("GET", "/api/v2/room/")):
        params = params_of(ops[key])
        assert params.get(("page_size", "query")) is False
        assert params.get(("page", "query")) is False
    for key in (("GET", "/api/v2/shelf/{id}/"), ("GET", "/api/v2/shelf/{id}/move/")):
        assert ("page", "query") not in params_of(ops[key])


NOT_LIST = PAGED.replace("All *list* endpoints support", "All endpoints support")


def test_a_sentence_about_all_endpoints_names_no_list_endpoint_parameters(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, NOT_LIST, "README.rst")
    assert ("page_size", "query") not in params_of(ops[("GET", "/api/v2/shelf/")])
