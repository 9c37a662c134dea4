"""Structures of the seventeenth registry batch's curl and table sets (benchmarks/docs/registry_truth,
FIRST_CONTACT.md "After first contact (seventeenth batch, curl and table sets)"): each rule is written for the
structure a page uses, not for the project that showed it first."""

from __future__ import annotations

from pathlib import Path

from operations import params_of

from mcpgen.diagnostics import Diagnostics
from mcpgen.ingest.docs import extract_openapi
from mcpgen.ingest.docs.quality import from_openapi, from_truth_list, score


def test_a_truth_list_written_relative_to_its_base_url_matches_the_full_path() -> None:
    """A hand-written list whose paths are not under its `base_url`'s path was written relative to it: the
    extraction's full path (server path + path) matches it, as does the relative form; a list whose paths carry
    the base path already is read as before."""
    truth, aliases = from_truth_list(
        {
            "base_url": "http://localhost:8000/api/v2",
            "endpoints": [
                {"method": "GET", "path": "/", "params": []},
                {"method": "GET", "path": "/widgets/{id}/", "params": [{"name": "id", "in": "path", "required": True}]},
                {"method": "GET", "path": "/api/v2/gadgets", "params": []},
            ],
        }
    )
    extracted = {
        "openapi": "3.0.3",
        "servers": [{"url": "http://localhost:8000"}],
        "paths": {
            "/api/v2/": {"get": {}},
            "/api/v2/widgets/{widget}/": {"get": {"parameters": [{"name": "widget", "in": "path", "required": True}]}},
            "/api/v2/gadgets": {"get": {}},
        },
    }
    result = score("doc", from_openapi(extracted), truth, aliases)
    assert (result.matched, result.found, result.params_matched) == (3, 3, 1)
    assert aliases[("GET", "/api/v2/gadgets")] == []


BODY = """{"things": [{"note": "I'm new"}, {"note": "It's old, see /v9/gizmos/7/"}], "owner": "me"}"""
PAGE_APOSTROPHE = f"""\
Replacing the list
==================

Send the whole collection::

    curl -H "Content-Type: application/json" -X PUT --data '{BODY}' http://localhost:9000/v9/gizmos/

Read it back::

    curl http://localhost:9000/v9/gizmos/
"""


def test_a_one_line_curl_body_holding_apostrophes_is_one_json_word(tmp_path: Path) -> None:
    """`--data '{... "I'm ..." ... "It's ..."}' URL`: the apostrophes end and reopen the shell quote, so a shell
    split takes a path inside the JSON for the URL; the single-quoted JSON closed by `}'` is the body and the
    word after it the URL."""
    doc = tmp_path / "api.rst"
    doc.write_text(PAGE_APOSTROPHE, encoding="utf-8")
    document = extract_openapi(doc, Diagnostics())
    paths = document["paths"]
    assert sorted((m, p) for p, ops in paths.items() for m in ops) == [
        ("get", "/v9/gizmos/"),
        ("put", "/v9/gizmos/"),
    ]
    assert params_of(paths["/v9/gizmos/"]["put"]) == {("things", "body"): False, ("owner", "body"): False}


PAGE_NUMBERED = """\
Walking the API
===============

The list::

    curl http://localhost:9000/v9/gizmo/

One of them::

    curl http://localhost:9000/v9/gizmo/2/

Its description::

    curl http://localhost:9000/v9/gizmo/describe/

Two at once::

    curl "http://localhost:9000/v9/gizmo/many/2;5/"

The owner it links to::

    curl http://localhost:9000/v9/owner/7/

Removing one::

    curl -X DELETE http://localhost:9000/v9/gizmo/5/
"""


def test_numbers_in_a_curl_only_page_are_ids_and_a_word_beside_them_a_route(tmp_path: Path) -> None:
    """A page stating its routes only as curl commands with concrete ids: numbers joined by `;` are a list of ids,
    a number after a sibling collection's word (`/owner/7/` beside `/gizmo/{id}/`) is an item of it, and a word
    where the ids stand (`/gizmo/describe/`) is a route of its own, not an id."""
    doc = tmp_path / "api.rst"
    doc.write_text(PAGE_NUMBERED, encoding="utf-8")
    paths = extract_openapi(doc, Diagnostics())["paths"]
    assert sorted((m, p) for p, ops in paths.items() for m in ops) == [
        ("delete", "/v9/gizmo/{id}/"),
        ("get", "/v9/gizmo/"),
        ("get", "/v9/gizmo/describe/"),
        ("get", "/v9/gizmo/many/{ids}/"),
        ("get", "/v9/gizmo/{id}/"),
        ("get", "/v9/owner/{id}/"),
    ]
    assert params_of(paths["/v9/gizmo/many/{ids}/"]["get"]) == {("ids", "path"): True}


PAGE_QUERY_RUN = """\
# Gizmo service

Action | Endpoint | Description
-------|----------|------------
gizmos.list | GET /gizmos | List gizmos
gizmos.read | GET /gizmos/:id | Read a gizmo

## Paging

The list is paged through `start` or `leaf` and `size` query parameters. The range comes back in a header.

```bash
$ curl http://localhost/gizmos?start=20&size=10
```
"""


def test_a_run_of_coded_names_called_query_parameters_names_each(tmp_path: Path) -> None:
    """A sentence "via `start` or `leaf` and `size` query parameters" above a curl that shows two of them: the third
    named in the run is a query parameter of the same route, not required."""
    doc = tmp_path / "README.md"
    doc.write_text(PAGE_QUERY_RUN, encoding="utf-8")
    paths = extract_openapi(doc, Diagnostics())["paths"]
    assert sorted((m, p) for p, ops in paths.items() for m in ops) == [("get", "/gizmos"), ("get", "/gizmos/{id}")]
    assert params_of(paths["/gizmos"]["get"]) == {
        ("start", "query"): False,
        ("leaf", "query"): False,
        ("size", "query"): False,
    }


PAGE_PARTIAL = """\
Updating
========

Replace one::

    curl -X PUT -H "Content-Type: application/json" --data '{"title": "A", "slug": "a", "owner": "me"}' http://localhost:9000/v9/gizmos/3/

Change just its title::

    curl -X PATCH -H "Content-Type: application/json" --data '{"title": "B"}' http://localhost:9000/v9/gizmos/3/

Read it::

    curl http://localhost:9000/v9/gizmos/
"""


def test_a_patch_sending_some_of_puts_fields_takes_them_all_optional(tmp_path: Path) -> None:
    """PATCH's example sends one of the fields PUT's example sends on the same path: a partial update of the same
    representation, so it takes all of PUT's fields, none required."""
    doc = tmp_path / "api.rst"
    doc.write_text(PAGE_PARTIAL, encoding="utf-8")
    paths = extract_openapi(doc, Diagnostics())["paths"]
    patch = params_of(paths["/v9/gizmos/{id}/"]["patch"])
    assert {k: v for k, v in patch.items() if k[1] == "body"} == {
        ("title", "body"): False,
        ("slug", "body"): False,
        ("owner", "body"): False,
    }


PAGE_APPENDED = """\
Exploring
=========

.. note::

  Should you open these URLs in a browser, you need to append ``?view=plain`` (or ``rich``) to the URL.

The list::

    curl http://localhost:9000/v9/gizmos/

Adding one::

    curl -X POST -H "Content-Type: application/json" --data '{"title": "A"}' http://localhost:9000/v9/gizmos/
"""


def test_a_query_argument_the_page_says_to_append_to_the_url_is_every_gets(tmp_path: Path) -> None:
    """A note "you need to append ``?view=plain`` to the URL": a query parameter of every GET route, not required
    (not of the POST, whose body the curl sends)."""
    doc = tmp_path / "api.rst"
    doc.write_text(PAGE_APPENDED, encoding="utf-8")
    paths = extract_openapi(doc, Diagnostics())["paths"]
    assert params_of(paths["/v9/gizmos/"]["get"]) == {("view", "query"): False}
    assert ("view", "query") not in params_of(paths["/v9/gizmos/"]["post"])
