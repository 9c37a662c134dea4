"""A web page as what an operation works on, in the seventy-third registry batch (benchmarks/docs/registry_truth):
a README's "To build a PDF from a web page::" over a literal block holding one URL with a Flask converter
placeholder (`http://localhost:8000/html-to-pdf/<string:base64_url>`). "web page" after "from" or "of" names the
operation's input, not an interface a person opens, so the URL stays a route; a literal block under a sentence
that calls what is there a web page to open in a browser is still an interface page, no route."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
Shotter
=======

API
---

To take a screenshot of a web page::

    http://localhost:5000/shot/<string:encoded_url>

To build a PDF from a web page::

    http://localhost:5000/pdf/<string:encoded_url>

Where:

* ``encoded_url`` is the address of the page, encoded in base64.

Dashboard
---------

The status web page can be opened in your browser at::

    http://localhost:5000/status/<int:board>
"""


def test_urls_under_a_web_page_as_input_are_routes(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC, "README.rst")
    assert ("GET", "/shot/{encoded_url}") in ops
    assert ("GET", "/pdf/{encoded_url}") in ops
    assert params_of(ops[("GET", "/pdf/{encoded_url}")]) == {("encoded_url", "path"): True}


def test_a_web_page_to_open_stays_an_interface_page(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC, "README.rst")
    assert ("GET", "/status/{board}") not in ops
