"""A base URL is stated in words, not by a request, in the thirty-first registry batch
(benchmarks/docs/registry_truth): a document whose own domain has "base URIs" (storage locations an admin
registers) writes "list all registered base URIs::" over `$ curl http://localhost:5000/base-uris`. The URL after
the words is the address of a request a command sends, not the API's base: the routes stay whole
(`GET /base-uris`, `GET /users`). Where the words state the base itself ("The base URL is
http://localhost:5000/api"), it is read as before."""

from __future__ import annotations

from pathlib import Path

from mcpgen.diagnostics import Diagnostics
from mcpgen.ingest.docs import extract_openapi

PAGE = """\
Storage API
===========

Listing registered base URIs
----------------------------

An admin user can list all registered base URIs::

    $ curl http://localhost:5000/base-uris

Listing users
-------------

An admin user can list the users::

    $ curl http://localhost:5000/users

Reading one base URI
--------------------

An admin user can read the settings of a base URI::

    $ curl http://localhost:5000/base-uris/s3/another-bucket
"""

STATED = """\
Storage API
===========

The base URL is http://localhost:5000/api for every request.

Listing users
-------------

An admin user can list the users::

    $ curl http://localhost:5000/api/users

Listing groups
--------------

The groups::

    $ curl http://localhost:5000/api/groups
"""


def _spec(tmp_path: Path, text: str) -> dict:
    doc = tmp_path / "README.rst"
    doc.write_text(text, encoding="utf-8")
    return extract_openapi(doc, Diagnostics())


def test_a_url_a_command_requests_is_no_stated_base(tmp_path: Path) -> None:
    spec = _spec(tmp_path, PAGE)
    assert spec["servers"] == [{"url": "http://localhost:5000"}]
    assert {"/base-uris", "/users"} <= set(spec["paths"])


def test_a_base_stated_in_words_is_still_the_base(tmp_path: Path) -> None:
    spec = _spec(tmp_path, STATED)
    assert spec["servers"] == [{"url": "http://localhost:5000/api"}]
    assert set(spec["paths"]) == {"/users", "/groups"}
