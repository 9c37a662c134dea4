"""Headers and filters a document states once for several routes, in the fifty-fourth registry batch
(benchmarks/docs/registry_truth): a sentence saying every request to the API sends the headers listed after it
("To call the API, you must send headers:" then `X-Key` items) gives them to every route, optional where an item
says so; "Returns notes according to optional filters:" introduces the request's filters, though it opens with
"Returns"; an item "Add `_like` suffix to any field above" gives each name above a suffixed twin; "you can filter
them like in **GET /api/v2/**", a short line under which one stated route lists filters, gives that route's
filters and is no route itself. A bold request line is a route's own only when it stands alone, not at the end of
a sentence."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
API
---

To call the API, you must send headers:

* ``X-Notes-Key`` - the key of your account
* ``X-Notes-Book`` - the notebook. Optional, all notebooks if not given

**GET /api/v2/books/**

Returns the notebooks.

**GET /api/v2/notes/<note_id>**

Returns one note.

**GET /api/v2/notes/**

Returns notes according to optional filters:

* ``author`` - Name of the author
* ``title`` - Note title
* Add ``_like`` suffix to any field above to match a part of it, e.g.: ``title_like``
* ``before`` - Notes written before this date

**DELETE /api/v2/notes/**

Deletes all notes. Also, you can filter deletable notes like in **GET /api/v2/**
"""


def test_headers_every_request_sends_go_to_every_route(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC, "README.rst")
    for key in (("GET", "/api/v2/books/"), ("GET", "/api/v2/notes/{note_id}"), ("DELETE", "/api/v2/notes/")):
        params = params_of(ops[key])
        assert params[("X-Notes-Book", "header")] is False
        assert params[("X-Notes-Key", "header")] is True


def test_filters_a_suffix_rule_and_a_pointer_to_them(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC, "README.rst")
    filters = {(name, "query"): False for name in ("author", "title", "author_like", "title_like", "before")}
    assert {k: v for k, v in params_of(ops[("GET", "/api/v2/notes/")]).items() if k[1] == "query"} == filters
    assert {k: v for k, v in params_of(ops[("DELETE", "/api/v2/notes/")]).items() if k[1] == "query"} == filters
    assert ("GET", "/api/v2/") not in ops


def test_headers_of_one_request_and_answer_fields_stay_where_they_are(tmp_path: Path) -> None:
    text = """\
API
---

**GET /api/v2/books/**

Returns the following fields:

* ``title`` - the title
* ``owner`` - who owns it

**GET /api/v2/notes/**

Example headers:

* ``X-Trace-Id`` - set by the proxy
"""
    ops = extracted_operations(tmp_path, text, "README.rst")
    assert ("title", "query") not in params_of(ops[("GET", "/api/v2/books/")])
    assert ("X-Trace-Id", "header") not in params_of(ops[("GET", "/api/v2/books/")])
