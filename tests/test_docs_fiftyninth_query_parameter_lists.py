"""Query inputs a route's own line names after the words "query parameters", in the fifty-ninth registry batch
(benchmarks/docs/registry_truth): `` `GET /shelf` - Find a shelf by query parameters (shelf_id or label) ``. The
names in the parenthesis are the request's query parameters, alternatives joined by "or", so neither is required;
coded names written straight after the words count too. Words that are no list of names ("(optional)", "(see
below)"), a lone plain word, and a route's own path parameter give nothing."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
# Storage Service

## API Endpoints

- `GET /shelves` - List all shelves
- `GET /shelf` - Find a shelf by query parameters (shelf_id or label)
- `GET /bins` - List bins, narrowed by the query parameters `colour` and `size`
- `GET /boxes` - List boxes using query parameters (see below)
- `GET /crates` - List crates; accepts a query parameter (optional)
- `GET /shelf/{shelf_id}/items` - Items on a shelf, by query parameter (shelf_id)
"""


def test_parenthesised_names_after_query_parameters(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert params_of(ops[("GET", "/shelf")]) == {("shelf_id", "query"): False, ("label", "query"): False}
    assert set(params_of(ops[("GET", "/bins")])) == {("colour", "query"), ("size", "query")}


def test_words_that_are_no_names_give_nothing(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert params_of(ops[("GET", "/shelves")]) == {}
    assert params_of(ops[("GET", "/boxes")]) == {}
    assert params_of(ops[("GET", "/crates")]) == {}
    assert set(params_of(ops[("GET", "/shelf/{shelf_id}/items")])) == {("shelf_id", "path")}
