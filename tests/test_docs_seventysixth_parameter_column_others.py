"""A route table's Params cell that ends in an ellipsis for the rest, in the seventy-sixth registry batch
(benchmarks/docs/registry_truth): an rst simple table `HTTP method | Path | Params | Semantics` gives
`POST /docs` the cell "doc, [other...]". The names before the ellipsis are the request's inputs; the bracketed
ellipsis says others may be sent and names none. A cell whose only item is such a marker names nothing."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
Converting
==========

============= =============== ============= ===============================
 HTTP method      Path           Params            Semantics
============= =============== ============= ===============================
 GET           /docs/new       `none`        Get an HTML form.
------------- --------------- ------------- -------------------------------
 POST          /docs           doc,          Create a new conversion.
                               [other...]
------------- --------------- ------------- -------------------------------
 PUT           /docs/<docid>   [other...]    Replace a conversion.
============= =============== ============= ===============================
"""


def test_names_before_a_bracketed_ellipsis_are_read(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC, "api.rst")
    assert params_of(ops[("POST", "/docs")]) == {("doc", "body"): False}


def test_a_cell_of_the_marker_alone_names_nothing(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC, "api.rst")
    assert params_of(ops[("PUT", "/docs/{docid}")]) == {("docid", "path"): True}
    assert params_of(ops[("GET", "/docs/new")]) == {}
