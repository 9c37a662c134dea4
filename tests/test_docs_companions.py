"""Files a document names: reStructuredText `include` and os-api-ref parameter files are read from the folder
the user gave and nowhere else; page templates whose content is HTML are read as HTML."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from mcpgen.diagnostics import Diagnostics
from mcpgen.ingest.docs import documents, extract_openapi, sniff

SEGMENTS = """\
List segments
=============

.. rest_method:: GET /segments

Lists the segments.

Request
-------

.. rest_parameters:: parameters.yaml

  - limit: limit
  - service_type: service_type_query

Response
--------

.. rest_parameters:: parameters.yaml

  - segments: segments

Delete segment
==============

.. rest_method:: DELETE /segments/{segment_id}

Request
-------

.. rest_parameters:: parameters.yaml

  - segment_id: segment_id_path
"""

PARAMETERS = """\
segment_id_path:
  description: The UUID of the segment.
  in: path
  required: true
  type: string
limit:
  description: Requests a page size of items.
  in: query
  required: false
  type: integer
service_type_query:
  description: Filter by service type.
  in: query
  required: true
  type: string
segments:
  description: A list of segments.
  in: body
  required: true
  type: array
"""


def _params(operation: dict) -> dict[tuple[str, str], bool]:
    return {(p["in"], p["name"]): bool(p.get("required")) for p in operation.get("parameters", [])}


def test_an_openstack_api_reference_reads_its_includes_and_parameter_file(tmp_path: Path) -> None:
    (tmp_path / "index.rst").write_text("Segments API\n############\n\n.. include:: segments.inc\n", encoding="utf-8")
    (tmp_path / "segments.inc").write_text(SEGMENTS, encoding="utf-8")
    (tmp_path / "parameters.yaml").write_text(PARAMETERS, encoding="utf-8")
    paths = extract_openapi(tmp_path / "index.rst", Diagnostics())["paths"]
    assert set(paths) == {"/segments", "/segments/{segment_id}"}
    assert _params(paths["/segments"]["get"]) == {("query", "limit"): False, ("query", "service_type"): True}
    assert _params(paths["/segments/{segment_id}"]["delete"]) == {("path", "segment_id"): True}
    assert "requestBody" not in paths["/segments"]["get"]  # `segments` is an answer field, not an argument


def test_an_included_pages_parameter_file_is_named_from_the_document_that_includes_it(tmp_path: Path) -> None:
    """Sphinx looks os-api-ref's parameter files up from the document being built: `index.rst` includes
    `segments/list.inc`, whose `.. rest_parameters:: segments/parameters.yaml` is under `segments/`."""
    (tmp_path / "segments").mkdir()
    (tmp_path / "index.rst").write_text(
        "Segments API\n############\n\n.. include:: segments/list.inc\n", encoding="utf-8"
    )
    page = SEGMENTS.replace(":: parameters.yaml", ":: segments/parameters.yaml")
    (tmp_path / "segments" / "list.inc").write_text(page, encoding="utf-8")
    (tmp_path / "segments" / "parameters.yaml").write_text(PARAMETERS, encoding="utf-8")
    paths = extract_openapi(tmp_path / "index.rst", Diagnostics())["paths"]
    assert _params(paths["/segments"]["get"]) == {("query", "limit"): False, ("query", "service_type"): True}


def test_without_its_parameter_file_a_reference_still_gives_operations_and_names(tmp_path: Path) -> None:
    (tmp_path / "segments.rst").write_text(SEGMENTS, encoding="utf-8")
    paths = extract_openapi(tmp_path / "segments.rst", Diagnostics())["paths"]
    assert set(paths) == {"/segments", "/segments/{segment_id}"}
    assert _params(paths["/segments/{segment_id}"]["delete"]) == {("path", "segment_id"): True}


def test_includes_outside_the_given_folder_are_not_read(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.inc").write_text("Leak\n====\n\n.. rest_method:: GET /leaked\n", encoding="utf-8")
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "index.rst").write_text(
        "API\n###\n\n.. include:: ../outside/secret.inc\n.. include:: /etc/hostname\n"
        ".. include:: linked.inc\n.. include:: <isonum.txt>\n\nPing\n====\n\n.. rest_method:: GET /ping\n",
        encoding="utf-8",
    )
    os.symlink(outside / "secret.inc", docs / "linked.inc")
    paths = extract_openapi(docs / "index.rst", Diagnostics())["paths"]
    assert set(paths) == {"/ping"}


def test_an_include_cycle_ends(tmp_path: Path) -> None:
    (tmp_path / "a.rst").write_text("A\n=\n\n.. rest_method:: GET /a\n\n.. include:: b.inc\n", encoding="utf-8")
    (tmp_path / "b.inc").write_text(".. include:: a.rst\n", encoding="utf-8")
    paths = extract_openapi(tmp_path / "a.rst", Diagnostics())["paths"]
    assert "/a" in paths


@pytest.mark.parametrize(
    ("name", "text", "kind"),
    [
        ("overview.ejs", "<% include ../head %>\n<h1>API</h1>\n<p>GET /imposters</p>", "html"),
        ("page.hbs", "{{> header}}\n<div><h2>Routes</h2></div>", "html"),
        ("values.yaml.j2", "# the chart's values\nreplicas: {{ replicas }}\n", None),
        ("config.erb", "port: <%= @port %>\n", None),
    ],
)
def test_page_templates_are_read_as_html_only_when_they_are_html(name: str, text: str, kind: str | None) -> None:
    assert sniff(text.encode(), Path(name).suffix) == kind


def test_a_folder_of_templates_yields_only_its_html_pages(tmp_path: Path) -> None:
    (tmp_path / "overview.ejs").write_text("<h1>API</h1>\n<h2>GET /imposters</h2>\n<p>Lists.</p>", encoding="utf-8")
    (tmp_path / "deploy.yaml.j2").write_text("# comment\nimage: {{ image }}\n", encoding="utf-8")
    assert [s.display for s in documents(tmp_path)] == ["overview.ejs"]
