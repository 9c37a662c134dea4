"""URLs written in code from a host placeholder with no scheme and no method, in the forty-seventh registry batch
(benchmarks/docs/registry_truth): `` ``<your-domain>/renew-by-path/zone/name`` `` alone in a numbered list or a
paragraph, bare lowercase words as the values to fill, the same words as the query-string keys of the page's
other URL and as the names a bullet list defines. Each URL alone is its route's GET (what one is told to hit);
a bare segment the page uses as an argument's name is a path placeholder, other words are literal; a URL inside
a sentence, on a scheme, or under a placeholder that names no host gives no route of its own."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

URLS = """\
Usage
=====

The service offers a simple API with path segments
(``<your-domain>/renew-by-path/zone/name/addr``) and one with a query string.

Renew by path
-------------

1. ``<your-domain>/renew-by-path/zone/name``
2. ``<your-domain>/renew-by-path/zone/name/addr``

Renew by query
--------------

``<your-domain>/renew-by-query?zone=zone&name=name``

Arguments for the query string
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

* ``zone``: The zone the record is in.
* ``name``: The record name.
* ``addr``: An IP address.
* ``ttl``: Time to live. The default value is 300.

Drop by path
------------

Hit this url to drop the record of the ``name``.

``<your-domain>/drop-by-path/zone/name``
"""


def test_urls_alone_under_a_host_placeholder_are_get_routes(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, URLS, "README.rst")
    assert set(ops) == {
        ("GET", "/renew-by-path/{zone}/{name}"),
        ("GET", "/renew-by-path/{zone}/{name}/{addr}"),
        ("GET", "/renew-by-query"),
        ("GET", "/drop-by-path/{zone}/{name}"),
    }
    assert params_of(ops[("GET", "/renew-by-path/{zone}/{name}/{addr}")]) == {
        ("zone", "path"): True,
        ("name", "path"): True,
        ("addr", "path"): True,
    }
    assert {("zone", "query"), ("name", "query"), ("addr", "query"), ("ttl", "query")} <= set(
        params_of(ops[("GET", "/renew-by-query")])
    )


NOT_ROUTES = """\
Usage
=====

The status page is ``GET /status``.

Point your browser at ``<your-domain>/admin/users/zone`` to manage the users.

``https://example.org/docs/guide/zone``

``<version>/renew/zone``
"""


def test_urls_in_sentences_on_a_scheme_or_no_host_give_no_route(tmp_path: Path) -> None:
    assert set(extracted_operations(tmp_path, NOT_ROUTES, "README.rst")) == {("GET", "/status")}


def test_a_placeholder_naming_no_host_is_no_host(tmp_path: Path) -> None:
    text = "Usage\n=====\n\nThe status page is ``GET /status``.\n\n``<shipment_id>/track/zone``\n"
    assert set(extracted_operations(tmp_path, text, "README.rst")) == {("GET", "/status")}
