"""Resource fields described one directive each, in the twenty-second registry batch
(benchmarks/docs/registry_truth): the body of the requests that send that resource. Each rule is written for the
structure a page uses, not for the project that showed it first."""

from __future__ import annotations

from pathlib import Path

from operations import params_of

from mcpgen.diagnostics import Diagnostics
from mcpgen.ingest.docs import extract_openapi

ROUTES = """\
HTTP API
========

.. http:get:: /boards/

   List the boards you can see.

.. http:post:: /boards/

   Create a new board.

.. http:put:: /boards/(int:id)/

   Replace the board.

.. http:patch:: /boards/(int:id)/

   Change some of the board's settings.

.. http:post:: /boards/(int:id)/archive/

   Archive it.
"""

FIELDS = """\
Fields
======

These are the fields of boards; ``id`` and ``created`` are set by the server.

.. setting:: id

   :type: number
   :read only: yes

   The board's key.

.. setting:: title

   :type: string
   :required: yes

   What the board is called.

.. setting:: public

   :type: boolean
   :default: false

   Whether anyone may read it.

.. setting:: created

   :type: string
   :read only: yes

   When it was made.
"""

SETTINGS = """\
Settings
========

.. setting:: PAGE_SIZE

   :type: number
   :default: 20

   How many boards a page lists.
"""


def test_fields_a_page_describes_one_by_one_are_the_body_of_the_requests_sending_their_resource(
    tmp_path: Path,
) -> None:
    """`.. setting:: title` with `:type: string` and `:required: yes`, on a page of "the fields of boards": a body
    field of each POST, PUT and PATCH whose description names a board; required when a board is created or
    replaced, never on a PATCH (a partial update); the `read only` fields (`id`, `created`) are the server's. A
    request that names no board ("Archive it.") and a page of settings (no resource named) take nothing."""
    (tmp_path / "api.rst").write_text(ROUTES, encoding="utf-8")
    (tmp_path / "fields.rst").write_text(FIELDS, encoding="utf-8")
    (tmp_path / "settings.rst").write_text(SETTINGS, encoding="utf-8")
    paths = extract_openapi(tmp_path, Diagnostics())["paths"]
    assert params_of(paths["/boards/"]["post"]) == {("title", "body"): True, ("public", "body"): False}
    assert params_of(paths["/boards/{id}/"]["put"]) == {
        ("id", "path"): True,
        ("title", "body"): True,
        ("public", "body"): False,
    }
    assert params_of(paths["/boards/{id}/"]["patch"]) == {
        ("id", "path"): True,
        ("title", "body"): False,
        ("public", "body"): False,
    }
    assert params_of(paths["/boards/{id}/archive/"]["post"]) == {("id", "path"): True}
    assert params_of(paths["/boards/"]["get"]) == {}
