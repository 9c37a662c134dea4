"""A query parameter announced in a route bullet's caption, in the forty-third registry batch
(benchmarks/docs/registry_truth): "`GET /api/notes/` - list notes. There is one query string param: `page` for
pagination." The words "query ... param" end the lead, a colon follows, then the coded names: each is a query
parameter of the route, optional as nothing says it must be given. A colon after other words ("Response field:
`page`") names no query parameter."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

ANNOUNCED = """\
# Notes API

There are available endpoints:

* `GET /api/notes/` - list notes. There is one query string param: `page` for pagination.
* `GET /api/tags/` - list tags. It takes two query parameters: `from` and `to`, both dates.
* `DELETE /api/notes/{note_id}` - delete one note
"""


def test_names_after_query_param_colon_are_query_parameters(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, ANNOUNCED)
    assert params_of(ops[("GET", "/api/notes/")]) == {("page", "query"): False}
    assert params_of(ops[("GET", "/api/tags/")]) == {("from", "query"): False, ("to", "query"): False}


OTHER_COLON = """\
# Notes API

There are available endpoints:

* `GET /api/notes/` - list notes. Response field: `page` with the page number.
"""


def test_a_colon_after_other_words_names_no_query_parameter(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, OTHER_COLON)
    assert ("page", "query") not in params_of(ops[("GET", "/api/notes/")])
