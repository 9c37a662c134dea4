"""One operation stated twice, each time with its own request table, in the fifty-seventh registry batch
(benchmarks/docs/registry_truth): "Update label" states `PUT /labels/{name}` and a table of its path `name`,
then "Update label (versions 1.2 - 1.6)" states the same request line again with a table of the path `name` and a
required body `title`. The two sections are two forms of one operation: it takes the union of their parameters,
and `title`, which the newer form's table does not list, is not required of every call. A field both forms
require stays required; a route stated once keeps its table's flags."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

TABLE_HEAD = """\
.. list-table::
   :header-rows: 1

   * - Name
     - In
     - Type
     - Required
     - Description
"""


def _row(name: str, where: str, required: str) -> str:
    return f"   * - {name}\n     - {where}\n     - string\n     - {required}\n     - The {name}.\n"


DOC = f"""\
Labels
======

Update label
------------

.. code-block:: text

   PUT /labels/{{name}}

Request
~~~~~~~

{TABLE_HEAD}{_row("name", "path", "true")}{_row("owner", "body", "true")}
Update label (versions 1.2 - 1.6)
---------------------------------

.. code-block:: text

   PUT /labels/{{name}}

Request
~~~~~~~

{TABLE_HEAD}{_row("name", "path", "true")}{_row("owner", "body", "true")}{_row("title", "body", "true")}
Create label
------------

.. code-block:: text

   POST /labels

Request
~~~~~~~

{TABLE_HEAD}{_row("title", "body", "true")}
"""


def test_a_field_only_one_form_lists_is_optional(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC, "labels.rst")
    assert params_of(ops[("PUT", "/labels/{name}")]) == {
        ("name", "path"): True,
        ("owner", "body"): True,
        ("title", "body"): False,
    }


def test_a_route_stated_once_keeps_its_flags(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC, "labels.rst")
    assert params_of(ops[("POST", "/labels")]) == {("title", "body"): True}
