"""A URL | Interpretation table whose rows state their methods in the row's words, in the seventy-fifth registry
batch (benchmarks/docs/registry_truth): "A ``GET`` of this URL returns ...", "``POST`` a set of sequences",
"Same as above, except ...", "A dashboard of the queues". A purpose naming one method in capitals states that
request; "Same as above" takes the row above's method; a page's name is a GET. A purpose naming two methods, or
none and no read, states nothing."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations

DOC = """\
URLs
----

The service answers over HTTP.

=========================== =================================================
URL                         Interpretation
=========================== =================================================
``/log.txt``                A ``GET`` of this URL returns the log file of the
                            current run.

``/board``                  A dashboard of the queues in use.

``/sets/<name>/items``      ``POST`` a set of items. Throws a 400 error if
                            the set is unknown.

``/sets/<name>/Fast``       A ``GET`` of this URL builds the set quickly.

``/sets/<name>/Slow``       Same as above, except using the slow builder.

``/sets/<name>.<sub>/``     ``DELETE`` a subset.

``/sets/<name>/mixed``      {mixed}
=========================== =================================================
"""


def test_methods_written_in_the_purpose_state_requests(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC.format(mixed="Either a ``GET`` or a ``PUT`` of the set."), "urls.rst")
    assert ("GET", "/log.txt") in ops
    assert ("GET", "/board") in ops
    assert ("POST", "/sets/{name}/items") in ops
    assert ("GET", "/sets/{name}/Fast") in ops
    assert ("GET", "/sets/{name}/Slow") in ops
    assert ("DELETE", "/sets/{name}.{sub}/") in ops


def test_a_purpose_naming_two_methods_or_another_action_states_none(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC.format(mixed="Either a ``GET`` or a ``PUT`` of the set."), "urls.rst")
    assert not any(path == "/sets/{name}/mixed" for _, path in ops)
    ops = extracted_operations(tmp_path, DOC.format(mixed="Rebuilds the set from scratch."), "urls.rst")
    assert not any(path == "/sets/{name}/mixed" for _, path in ops)
