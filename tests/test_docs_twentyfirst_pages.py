"""Structures of the twenty-first registry batch (benchmarks/docs/registry_truth, FIRST_CONTACT.md) in a set of
pages: each rule is written for the structure the pages use, not for the project that showed it first."""

from __future__ import annotations

from pathlib import Path

from operations import params_of

from mcpgen.diagnostics import Diagnostics
from mcpgen.ingest.docs import extract_openapi

INDEX = """\
<html><body>
<h1>API Endpoints</h1>
<p>Start making HTTP requests to any of the endpoints below.</p>
<h2>Boats <code>/boats</code></h2>
<ul>
  <li><a href="boats/list.html"><span class="label">GET</span> <code>/boats</code></a> - List boats.</li>
  <li><a href="boats/get.html"><span class="label">GET</span> <code>/boats/<em>{id}</em></code></a> - Get a boat.</li>
</ul>
<h2>Harbours <code>/harbours</code></h2>
<ul>
  <li><a href="harbours/list.html"><span class="label">GET</span> <code>/harbours</code></a> - List harbours.</li>
  <li><a href="harbours/get.html"><span class="label">GET</span> <code>/harbours/<em>{id}</em></code></a> -
    Get a harbour.</li>
</ul>
</body></html>
"""

PAGE = """\
<html><body>
<h1>{title}</h1>
<p>{what}</p>
<h2>HTTP Request</h2>
<pre>
GET /v2/{path}
</pre>
<h2>Query Parameters</h2>
<table>
  <thead><tr><th>Parameter</th><th>Format</th><th>Description</th></tr></thead>
  <tbody>{rows}</tbody>
</table>
</body></html>
"""


def _row(name: str) -> str:
    return f"<tr><td><code>{name}</code></td><td>String</td><td>Filter by {name}.</td></tr>"


def _pages(tmp_path: Path, *, all_pages: bool) -> Path:
    (tmp_path / "boats").mkdir()
    (tmp_path / "index.html").write_text(INDEX, encoding="utf-8")
    pages = {
        "boats/list.html": ("Listing Boats", "boats", ["ids", "colour"]),
        "boats/get.html": ("Get a Boat", "boats/<em>{id}</em>", ["include"]),
    }
    if all_pages:
        (tmp_path / "harbours").mkdir()
        pages["harbours/list.html"] = ("Listing Harbours", "harbours", ["ids", "near"])
    for name, (title, path, params) in pages.items():
        page = PAGE.format(title=title, what=f"{title}, filtered.", path=path, rows="".join(map(_row, params)))
        (tmp_path / name).write_text(page, encoding="utf-8")
    return tmp_path


def test_an_index_written_relative_to_the_root_is_under_the_prefix_the_endpoint_pages_state(tmp_path: Path) -> None:
    """An index lists `GET /boats`, `GET /boats/{id}` ... while each endpoint's own page states `GET /v2/boats`:
    the same endpoints, the index writing them relative to the API root. One operation each, at `/v2/...`, with
    the parameters its page lists; a route only the index names (its page not in the set) is under `/v2` too."""
    paths = extract_openapi(_pages(tmp_path, all_pages=True), Diagnostics())["paths"]
    assert sorted((m, p) for p, ops in paths.items() for m in ops) == [
        ("get", "/v2/boats"),
        ("get", "/v2/boats/{id}"),
        ("get", "/v2/harbours"),
        ("get", "/v2/harbours/{id}"),
    ]
    assert params_of(paths["/v2/boats"]["get"]) == {("ids", "query"): False, ("colour", "query"): False}
    assert params_of(paths["/v2/boats/{id}"]["get"]) == {("id", "path"): True, ("include", "query"): False}
    assert params_of(paths["/v2/harbours"]["get"]) == {("ids", "query"): False, ("near", "query"): False}
    assert params_of(paths["/v2/harbours/{id}"]["get"]) == {("id", "path"): True}


def test_an_index_whose_routes_the_pages_do_not_repeat_under_one_prefix_keeps_its_paths(tmp_path: Path) -> None:
    """Pages that find only one of the index's routes again under a prefix (or under several) say nothing of the
    index's other routes: they stay as the index writes them."""
    (tmp_path / "index.html").write_text(INDEX, encoding="utf-8")
    page = PAGE.format(title="Listing Boats", what="Boats.", path="boats", rows=_row("ids"))
    (tmp_path / "boats.html").write_text(page, encoding="utf-8")
    paths = extract_openapi(tmp_path, Diagnostics())["paths"]
    assert sorted(paths) == ["/boats", "/boats/{id}", "/harbours", "/harbours/{id}", "/v2/boats"]
