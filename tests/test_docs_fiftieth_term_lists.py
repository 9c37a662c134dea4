"""A release note's bullet whose text is a lead-in line written right over a more deeply indented list of
request lines, with no blank line between them, in the fiftieth registry batch (benchmarks/docs/registry_truth):
docutils reads the lead-in as a term and the nested list as its definition; read as the item's text over a nested
list, every request line, the first one too, opens an item of its own and states its route. A term defined by a
paragraph is a term and its definition, as before: a path it mentions in prose gives no route."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations

NOTES = """\
Release notes
=============

1.2.0
-----

- Search added to support the following API endpoints:
   - POST `/widgetsets/search`
   - POST `/widgets/search`
   - GET /widgets/{id}
- Faster start-up.
"""


def test_the_first_request_line_under_a_lead_in_states_its_route(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, NOTES, "notes.rst")
    assert set(ops) == {
        ("POST", "/widgetsets/search"),
        ("POST", "/widgets/search"),
        ("GET", "/widgets/{id}"),
    }


TERMS = """\
Release notes
=============

- Storage moved:
     the files under /var/lib/widgets now live in the data folder
- Faster start-up.
- Health check added: ``GET /health``.
"""


def test_a_term_defined_by_prose_gives_no_route(tmp_path: Path) -> None:
    assert set(extracted_operations(tmp_path, TERMS, "notes.rst")) == {("GET", "/health")}
