"""A header passed as a shell variable set elsewhere, in the thirty-first registry batch
(benchmarks/docs/registry_truth): a transcript sets `HEADER="Authorization: Bearer $TOKEN"` once, in an earlier
block, and every later command sends `curl -H "$HEADER" ...`. The argument names no header in the block it is
in: it is no parameter named `$HEADER`. A header whose value alone is a variable (`-H "X-Trace: $TRACE"`) is
still that header."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

PAGE = """\
Records API
===========

Below we create the header used in the commands::

    $ HEADER="Authorization: Bearer $TOKEN"

Listing records
---------------

All the records::

    $ curl -H "$HEADER" -H "X-Trace: $TRACE" http://localhost:7000/records
"""


def test_a_header_argument_that_is_only_a_variable_is_no_parameter(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, PAGE, "README.rst")
    assert params_of(ops[("GET", "/records")]) == {("X-Trace", "header"): False}
