"""A coded name with an example value a sentence says is given "as a query parameter", in the sixty-eighth
registry batch (benchmarks/docs/registry_truth): "adding ``all_projects=true`` as a query parameter removes the
restriction" names `all_projects`, optional (`query_runs.py`). A pair the sentence does not call a query
parameter ("``debug=true`` as a config option") is left alone."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
Facets
======

To list supported facets, issue a ``GET`` to ``http://search.example.com/v1/search/facets``.

Adding ``exclude_options=true`` as a query parameter will return only the facet field.
Adding ``debug=true`` as a config option logs each request.
"""


def test_a_valued_pair_as_a_query_parameter_is_read(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC, "api.rst")
    params = params_of(ops[("GET", "/v1/search/facets")])
    assert params.get(("exclude_options", "query")) is False
    assert ("debug", "query") not in params
