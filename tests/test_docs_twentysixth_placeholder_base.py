"""A base URL with a placeholder host in the twenty-sixth registry batch (benchmarks/docs/registry_truth): a
`Base URL: http://<host>/api/` line over request lines written relative to it. The rule is written for the
structure a page uses, not for the project that showed it first."""

from __future__ import annotations

from pathlib import Path

from operations import params_of

from mcpgen.diagnostics import Diagnostics
from mcpgen.ingest.docs import extract_openapi

RELATIVE_LINES = """\
Shelf
=====

A small shelf tracker with a REST API.

API
---

::

    Base URL: http://<your-shelf-server>/api/

    Endpoints:
    GET /shelves - List the shelves
    GET /shelves/<shelf_name> - Get one shelf
    POST /shelves/<shelf_name> - Make a shelf
    DELETE /books/<book id>/<shelf_name> - Take a book off a shelf
"""

NO_PATH = """\
Shelf
=====

API
---

::

    Base URL: http://<your-shelf-server>

    GET /shelves - List the shelves
    POST /shelves/<shelf_name> - Make a shelf
"""


def _extract(tmp_path: Path, text: str) -> dict:
    doc = tmp_path / "README.rst"
    doc.write_text(text, encoding="utf-8")
    return extract_openapi(doc, Diagnostics())


def test_request_lines_under_a_placeholder_host_base_carry_the_bases_path(tmp_path: Path) -> None:
    """`Base URL: http://<host>/api/` over `GET /shelves`: the host is the reader's own, so no server is stated,
    and every route is under the base's path `/api`; placeholders stay the path parameters."""
    spec = _extract(tmp_path, RELATIVE_LINES)
    paths = spec["paths"]
    assert set(paths) == {
        "/api/shelves",
        "/api/shelves/{shelf_name}",
        "/api/books/{book_id}/{shelf_name}",
    }
    assert set(paths["/api/shelves/{shelf_name}"]) == {"get", "post"}
    assert params_of(paths["/api/shelves/{shelf_name}"]["get"]) == {("shelf_name", "path"): True}
    assert set(paths["/api/books/{book_id}/{shelf_name}"]) == {"delete"}
    assert not any("your-shelf-server" in server["url"] for server in spec.get("servers", []))


def test_a_placeholder_host_base_without_a_path_leaves_the_routes_as_written(tmp_path: Path) -> None:
    """A placeholder base with no path adds nothing to the routes."""
    paths = _extract(tmp_path, NO_PATH)["paths"]
    assert set(paths) == {"/shelves", "/shelves/{shelf_name}"}
