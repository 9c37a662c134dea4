"""A resource described as a bulleted card in the fifty-ninth registry batch (benchmarks/docs/registry_truth): a
`- **link** ::` item over a literal block holding the resource's URL, a `- HTTP Methods` item whose nested bullets
(`* GET`, `* POST`) name the methods it allows, and an example of the data it returns. Each method bullet is one
operation on the link's path; a card with no methods, or a methods item whose bullets are words, gives nothing."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations

CARDS = """\
Inventory API
=============

SHELVES
~~~~~~~

- **link** ::

    http://inventory.example.org/api/v2/shelves/

- HTTP Methods
    * GET

- **example returned data** ::

    {"meta": {"total_count": 3}, "objects": [{"id": "1", "label": "north"}]}

CRATES
~~~~~~

- **link** ::

    http:/inventory.example.org/api/v2/crates/

- HTTP Methods
    * GET
    * POST

- **example returned data** ::

    {"meta": {"total_count": 9}, "objects": [{"id": "4", "weight": 12}]}
"""


def test_each_method_bullet_under_a_link_is_an_operation(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, CARDS, "inventory.rst")
    assert set(ops) == {
        ("GET", "/api/v2/shelves/"),
        ("GET", "/api/v2/crates/"),
        ("POST", "/api/v2/crates/"),
    }


NOT_CARDS = """\
Inventory
=========

Check the service with ``GET /api/v2/health``.

Shelves
~~~~~~~

- **link** ::

    http://inventory.example.org/api/v2/shelves/

- Notes
    * read only

Crates
~~~~~~

- Methods
    * list crates
    * weigh a crate

- **link** ::

    http://inventory.example.org/api/v2/crates/
"""


def test_a_link_without_method_bullets_gives_no_route(tmp_path: Path) -> None:
    assert set(extracted_operations(tmp_path, NOT_CARDS, "inventory.rst")) == {("GET", "/api/v2/health")}
