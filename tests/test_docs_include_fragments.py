"""Sphinx include fragments (`.inc`): os-api-ref references keep each resource's operations in a `.inc` file that an
`index.rst` includes. Given only the fragments (or a folder whose index is elsewhere), they are reStructuredText
pages of their own; a fragment a page includes is read once, where it is included; a `.inc` that is not
reStructuredText (a PHP or C include) is no page."""

from __future__ import annotations

from pathlib import Path

import pytest

from mcpgen.diagnostics import Diagnostics, InputError
from mcpgen.ingest.docs import documents, extract_openapi

TRAITS = """\
List widgets
============

.. rest_method:: GET /widgets

Request
-------

.. rest_parameters:: parameters.yaml

  - colour: widget_colour
"""
PARAMETERS = """\
widget_colour:
  description: Only widgets of this colour.
  in: query
  required: false
  type: string
"""


def _operations(folder: Path) -> dict[tuple[str, str], dict]:
    paths = extract_openapi(folder, Diagnostics())["paths"]
    return {(m.upper(), p): op for p, item in paths.items() for m, op in item.items() if isinstance(op, dict)}


def test_a_folder_of_fragments_alone_is_read_as_restructuredtext(tmp_path: Path) -> None:
    (tmp_path / "widgets.inc").write_text(TRAITS, encoding="utf-8")
    (tmp_path / "parameters.yaml").write_text(PARAMETERS, encoding="utf-8")
    operations = _operations(tmp_path)
    assert list(operations) == [("GET", "/widgets")]
    assert [(p["name"], p["in"]) for p in operations[("GET", "/widgets")]["parameters"]] == [("colour", "query")]


def test_a_fragment_a_page_includes_is_read_once_where_it_is_included(tmp_path: Path) -> None:
    (tmp_path / "index.rst").write_text("Widget API\n##########\n\n.. include:: v1/widgets.inc\n", encoding="utf-8")
    (tmp_path / "v1").mkdir()
    (tmp_path / "v1" / "widgets.inc").write_text(TRAITS, encoding="utf-8")
    (tmp_path / "v1" / "parameters.yaml").write_text(PARAMETERS, encoding="utf-8")
    assert [s.display for s in documents(tmp_path)] == ["index.rst"]
    assert list(_operations(tmp_path)) == [("GET", "/widgets")]


def test_an_include_file_that_is_not_restructuredtext_is_no_page(tmp_path: Path) -> None:
    (tmp_path / "routes.inc").write_text("<?php\n// GET /widgets\n$app->get('/widgets', 'list');\n", encoding="utf-8")
    with pytest.raises(InputError, match="no documentation pages"):
        documents(tmp_path)
