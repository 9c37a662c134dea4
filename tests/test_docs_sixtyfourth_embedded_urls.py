"""A service used by putting its URL into a web page, in the sixty-fourth registry batch
(benchmarks/docs/registry_truth): an image proxy's README shows only `<img src="http://localhost:8888/?url=...&w=300">`
in a literal block and writes no method anywhere; the browser loading the image sends GET, the query names its
parameters (`embedded_urls.py`). An image on another site, a script the service hands out, and a page that writes
its requests are left alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from mcpgen.diagnostics import Diagnostics, InputError
from mcpgen.ingest.docs import extract_openapi
from tests.operations import extracted_operations, params_of

DOC = """\
Thumbnailer
===========

Running
-------

By default the server can be accessed by visiting:

::

    http://localhost:9000/

Calling
-------

Include the application url as you would any other image. E.g. this image url

::

    <img src="http://images.example.org/cat.jpg" />

Would be replaced with this image url

::

    <img src="http://localhost:9000/?src=http%3A%2F%2Fimages.example.org%2Fcat.jpg&amp;width=300&amp;height=200" />
"""

ELSEWHERE = """\
Gallery
=======

Show a picture:

::

    <img src="https://images.example.org/photos/cat.jpg?width=300" />
"""

STATED = """\
Widgets
=======

Embed the widget script:

::

    <script src="http://localhost:9000/static/widget.js"></script>
    <img src="http://localhost:9000/badge?label=build" />

Health check:

::

    GET /health
"""


def test_an_embedded_service_url_is_a_get_with_its_query(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC, "README.rst")
    assert set(ops) == {("GET", "/")}
    params = params_of(ops[("GET", "/")])
    assert {("src", "query"), ("width", "query"), ("height", "query")} <= set(params)


def test_the_url_origin_is_the_server(tmp_path: Path) -> None:
    doc = tmp_path / "README.rst"
    doc.write_text(DOC, encoding="utf-8")
    assert extract_openapi(doc, Diagnostics())["servers"][0]["url"] == "http://localhost:9000"


def test_an_image_on_another_site_is_no_route(tmp_path: Path) -> None:
    doc = tmp_path / "README.rst"
    doc.write_text(ELSEWHERE, encoding="utf-8")
    with pytest.raises(InputError):
        extract_openapi(doc, Diagnostics())


def test_a_page_that_writes_its_requests_is_left_alone(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, STATED, "README.rst")
    assert ("GET", "/health") in ops
    assert ("GET", "/badge") not in ops
    assert ("GET", "/static/widget.js") not in ops
