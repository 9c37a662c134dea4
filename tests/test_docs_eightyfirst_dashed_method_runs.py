"""Route list items that name several methods after a dash, in the eighty-first registry batch
(benchmarks/docs/registry_truth): a reStructuredText bullet ``/api/<model name>/`` -- GET and POST requests is a
request of each method named (a placeholder of two words in angle brackets kept whole). A dash that opens a sentence
naming methods in passing, with no "requests" after the run, gives none."""

from __future__ import annotations

from pathlib import Path

from mcpgen.diagnostics import InputError
from tests.operations import extracted_operations

DOC = """\
REST API
========

Each resource you expose supports, by default, the following:

* ``/api/<model name>/`` -- GET and POST requests
* ``/api/<model name>/<primary key>/`` -- GET, PUT and DELETE requests

Other text.
"""

IN_PASSING = DOC.replace("-- GET and POST requests", "-- GET or POST to it is logged").replace(
    "-- GET, PUT and DELETE requests", "-- a PUT and DELETE here are audited"
)


def test_each_named_method_is_a_request(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC, "api.rst")
    collection = {path for method, path in ops if path.count("{") == 1}
    item = {path for method, path in ops if path.count("{") == 2}
    assert len(collection) == 1 and len(item) == 1
    assert {m for m, p in ops if p in collection} == {"GET", "POST"}
    assert {m for m, p in ops if p in item} == {"GET", "PUT", "DELETE"}


def test_methods_named_in_passing_give_none(tmp_path: Path) -> None:
    try:
        ops = extracted_operations(tmp_path, IN_PASSING, "api.rst")
    except InputError:  # no endpoints at all: the document states none
        return
    assert not any(method in ("POST", "PUT", "DELETE") for method, _ in ops)
