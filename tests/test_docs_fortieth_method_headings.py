"""Sections of operations whose HTTP method is itself a sub-heading, in the fortieth registry batch
(benchmarks/docs/registry_truth): "Shelf View", then `GET` underlined as a heading, a sentence and a
`code-block:: text` holding the bare path `/api/v2/shelf/<shelf-id>/` with no method; a Param / Description table
after a PUT's block. The heading and the block make one request line, and the table is that operation's fields. A
path block under a heading in words, or a block of a shell command under a method heading, gives no route. A
pagination example written with a placeholder in words standing for any endpoint (`GET /api/v2/<api endpoint
url>/?page_size=10`) is a pattern, not a route, while a one-word placeholder is a segment of a real route."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

HEADED = """\
Library
*******

Pagination
==========

Any request may be paged, for instance:

.. code-block:: text

    GET /api/v2/<api endpoint url>/?page_size=10

Shelf View
==========

An api endpoint for retrieving, updating or deleting a shelf.

GET
---

Get details of a shelf.

.. code-block:: text

    /api/v2/shelf/<shelf-id>/

DELETE
------

Delete a shelf.

.. code-block:: text

    /api/v2/shelf/<shelf-id>/

PUT
---

Update a shelf.

.. code-block:: text

    /api/v2/shelf/<shelf-id>/

=========    ==========================
Param        Description
=========    ==========================
label        Label printed on the shelf
room         Room UUID
=========    ==========================
"""


def test_a_method_heading_over_a_bare_path_block_is_a_request_line(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, HEADED, "README.rst")
    assert set(ops) == {
        ("GET", "/api/v2/shelf/{shelf-id}/"),
        ("DELETE", "/api/v2/shelf/{shelf-id}/"),
        ("PUT", "/api/v2/shelf/{shelf-id}/"),
    }
    put = params_of(ops[("PUT", "/api/v2/shelf/{shelf-id}/")])
    assert {("label", "body"), ("room", "body"), ("shelf-id", "path")} <= set(put)
    assert ("label", "body") not in params_of(ops[("GET", "/api/v2/shelf/{shelf-id}/")])


NOT_HEADED = """\
Library
*******

Shelf View
==========

Example
-------

.. code-block:: text

    /api/v2/shelf/<shelf-id>/

GET
---

.. code-block:: shell

    ./manage.py export_shelf <shelf-id>

Commands
========

.. code-block:: text

    GET /api/v2/<endpoint>/
"""


def test_a_path_block_under_words_or_a_command_under_a_method_is_no_route(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, NOT_HEADED, "README.rst")
    assert ("GET", "/api/v2/shelf/{shelf-id}/") not in ops
    assert not any("export_shelf" in path for _, path in ops)
    assert ("GET", "/api/v2/{endpoint}/") in ops  # a one-word placeholder: a segment of a real route
