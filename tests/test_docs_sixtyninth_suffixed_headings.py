"""Path-first headings in the sixty-ninth registry batch (benchmarks/docs/registry_truth): a section heading that is
a path with its method in parentheses after it, `/v1/ca/<name> (GET)`, states its section's request as
`GET /v1/ca/<name>` would, and the section's parameter bullets are that request's. A heading with more words after
the parentheses, or a path alone, is not read so."""

from __future__ import annotations

from pathlib import Path

from mcpgen.ingest.docs.suffixed_methods import suffixed_heading
from tests.operations import extracted_operations, params_of

DOC = """\
API version 1
=============

/robots.txt (GET)
-----------------

Prevents indexing.

/v1/sign/<ca_name> (POST)
-------------------------

Signs the CSR provided in the POST parameters.

Request parameters
~~~~~~~~~~~~~~~~~~

* ``user``: username (optional)
* ``csr``: the CSR

/v1/ca/<ca_name> (GET)
----------------------

Returns the CA.

Request parameters
~~~~~~~~~~~~~~~~~~

* ``encoding``: request encoding
"""


def test_path_first_headings_state_their_requests(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC, "api.rst")
    assert set(ops) == {("GET", "/robots.txt"), ("POST", "/v1/sign/{ca_name}"), ("GET", "/v1/ca/{ca_name}")}
    assert params_of(ops[("POST", "/v1/sign/{ca_name}")]) == {
        ("ca_name", "path"): True,
        ("user", "body"): False,
        ("csr", "body"): False,
    }
    assert params_of(ops[("GET", "/v1/ca/{ca_name}")]) == {("ca_name", "path"): True, ("encoding", "query"): False}


def test_several_methods_in_the_parentheses() -> None:
    assert suffixed_heading("/api/user/ (GET, PUT)") == [("GET", "/api/user/"), ("PUT", "/api/user/")]


def test_near_misses_are_left_alone() -> None:
    assert suffixed_heading("/status (GET) is deprecated") == []  # more words after the parentheses
    assert suffixed_heading("/status") == []  # a path alone
    assert suffixed_heading("Status (GET)") == []  # no path
