"""A route a sentence tells the reader to open, with its URL in a list below, in the seventy-third registry batch
(benchmarks/docs/registry_truth): "You can now open the ... root route in your browser to access a demo web page:"
over a bullet holding `http://localhost:8000/`, on a page that writes no method and states its other routes as
URLs on that origin. The sentence calls what answers there a route, so the URL is one, GET; a URL under a sentence
that calls it no route, and one on another origin, stay links."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations

DOC = """\
Renderer
========

Usage
-----

You can now open the renderer's root route in your browser to see a demo page:

* http://localhost:7000/

You can also open the admin console in your browser:

* http://localhost:7000/admin

Visit the project's home route on its site:

* https://renderer.example.org/about

API
---

To render a chart::

    http://localhost:7000/chart/<string:spec>
"""


def test_a_url_below_a_sentence_opening_a_route_is_its_get(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC, "README.rst")
    assert ("GET", "/") in ops
    assert ("GET", "/chart/{spec}") in ops


def test_urls_not_called_routes_or_on_another_origin_stay_links(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC, "README.rst")
    assert ("GET", "/admin") not in ops
    assert ("GET", "/about") not in ops
