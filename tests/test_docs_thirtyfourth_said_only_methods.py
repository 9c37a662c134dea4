"""A list of bare paths in the thirty-fourth registry batch (benchmarks/docs/registry_truth), most with no method
(read calls, so GET), one saying in parentheses right after it which methods it takes, each in code, joined by
"or" and closed by "only": ``/rebuild`` (``POST`` or ``PUT`` only): rebuilds the index. The parentheses state every
method the path takes (one operation each), as `/path (POST, PUT)` does; a path whose description merely names two
methods in passing is still the one GET it was."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations

ONLY = """\
Things server
=============

Read calls:

* ``/things/find``
* ``/things/<name>``

Other calls:

* ``/rebuild`` (``POST`` or ``PUT`` only): rebuilds the search index from the storage
  backends.
"""


def test_methods_said_in_parentheses_with_or_and_only_are_the_paths_methods(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, ONLY, "README.rst")
    assert set(ops) == {
        ("GET", "/things/find"),
        ("GET", "/things/{name}"),
        ("POST", "/rebuild"),
        ("PUT", "/rebuild"),
    }


IN_PASSING = """\
Things server
=============

Read calls:

* ``/things/find``
* ``/things/<name>``
* ``/rebuild``: unlike the old server's, not reached with ``POST`` or ``PUT``, and (a thing or two) only read.
"""


def test_methods_named_in_a_description_are_not_the_paths_methods(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, IN_PASSING, "README.rst")
    assert set(ops) == {("GET", "/things/find"), ("GET", "/things/{name}"), ("GET", "/rebuild")}
