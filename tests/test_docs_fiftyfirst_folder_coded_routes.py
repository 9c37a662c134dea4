"""A documentation folder of the fifty-first registry batch (benchmarks/docs/registry_truth) that never writes a
method: its pages name routes as paths in code inside sentences, one page several ("visiting the ``/refresh``
URL", "The ``/status`` URL shows ..."), a topic page one or two only ("Every item has a feed at
``/feed/<id>.xml``"), and another a table of the list's query parameters under an example URL
(``/items?tag=a&tag=b``). The folder's pages are one API: where one page states three coded paths or more, a
topic page's one or two are routes too, and a placeholder written in angle brackets inside a segment (`<id>.xml`,
`<id>-<mode>.xml`) is a placeholder of the route. A lone page with one or two coded paths, a folder none of whose pages
states three, or a folder some page of which writes request lines, is read as before."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from mcpgen.diagnostics import Diagnostics, InputError
from mcpgen.ingest.docs import extract_openapi
from tests.operations import params_of

USAGE = """\
Usage
=====

Start the server and browse to the item list. The list is at ``/items``, at
``http://localhost:8080/items``.

You can refresh the library by visiting the ``/refresh`` URL of a running server;
it shows the progress at ``/refresh_status`` until it is done. The ``/about`` URL
shows the version of the server.

The configuration lives in ``/etc/shelf`` by default.
"""

FEEDS = """\
Feeds
=====

Every item has a feed at ``/feed/<id>.xml`` that you can add to a reader.

Converted feeds are available for each item at ``/feed/converted/<id>-<mode>.xml``.
"""

LISTING = """\
Listing
=======

The item list's URL takes these query parameters, e.g. ``/items?tag=a&tag=b``.

.. list-table::
    :header-rows: 1

    * - Parameter
      - Meaning
    * - ``tag``
      - Include items with this tag.
    * - ``page``
      - The page to show.
"""


def _operations(folder: Path, pages: dict[str, str]) -> dict[tuple[str, str], dict[str, Any]]:
    folder.mkdir()
    for name, text in pages.items():
        (folder / name).write_text(text, encoding="utf-8")
    paths = extract_openapi(folder, Diagnostics())["paths"]
    return {(m.upper(), p): op for p, item in paths.items() for m, op in item.items() if isinstance(op, dict)}


def test_a_folders_pages_are_counted_together(tmp_path: Path) -> None:
    ops = _operations(tmp_path / "docs", {"usage.rst": USAGE, "feeds.rst": FEEDS, "listing.rst": LISTING})
    assert set(ops) == {
        ("GET", "/items"),
        ("GET", "/refresh"),
        ("GET", "/refresh_status"),
        ("GET", "/about"),
        ("GET", "/feed/{id}.xml"),
        ("GET", "/feed/converted/{id}-{mode}.xml"),
    }
    assert params_of(ops[("GET", "/feed/converted/{id}-{mode}.xml")]) == {("id", "path"): True, ("mode", "path"): True}
    assert {("tag", "query"), ("page", "query")} <= set(params_of(ops[("GET", "/items")]))


def test_a_lone_topic_page_states_no_routes(tmp_path: Path) -> None:
    with pytest.raises(InputError):  # no endpoint found: two coded paths on a page alone may be anything
        _operations(tmp_path / "docs", {"feeds.rst": FEEDS})


SCRIPT = """\
Client script
=============

You may find the ``client.js`` script in the ``/static/js/client.js`` folder. It fetches
from the ``/items`` endpoint.
"""


def test_a_folder_of_topic_pages_only_states_no_routes(tmp_path: Path) -> None:
    with pytest.raises(InputError):  # two pages of two coded paths each: no page states its API so
        _operations(tmp_path / "docs", {"feeds.rst": FEEDS, "script.rst": SCRIPT})


WITH_METHODS = """\
API
===

``GET /items`` lists the items, ``POST /items`` adds one, ``DELETE /items/<id>`` removes it.
"""


def test_a_folder_that_writes_methods_is_read_as_before(tmp_path: Path) -> None:
    ops = _operations(tmp_path / "docs", {"api.rst": WITH_METHODS, "feeds.rst": FEEDS})
    assert set(ops) == {("GET", "/items"), ("POST", "/items"), ("DELETE", "/items/{id}")}
