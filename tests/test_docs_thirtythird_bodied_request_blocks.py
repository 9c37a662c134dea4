"""A list of operations, each given a literal block of its own, in the thirty-third registry batch
(benchmarks/docs/registry_truth): "get all things::" over `GET /v2/things?scope=<scope>` alone, "create a
thing::" over `POST /v2/things?scope=<scope>`, a blank line and the body it sends. The block with a body opens its
operation as the lone request lines do: a sibling route, not an example request inside the operation stated
above it. A block whose request line is followed by a console session, or a lone block among prose, gives no
route of its own beyond what it states."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

LISTED = """\
Things
======

Several methods take the scope:

  * get all things::

        GET /v2/things?scope=<scope>

  * get one thing::

        GET /v2/things/<thing_id>?scope=<scope>

  * update a thing::

        PUT /v2/things?scope=<scope>

        <Thing YAML text>

  * start a run of a thing::

        POST /v2/runs

        {
          "thing_name": "<name>",
          "label": "<label>"
        }
"""


def test_a_request_line_with_its_body_states_a_sibling_route(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, LISTED, "things.rst")
    assert set(ops) == {
        ("GET", "/v2/things"),
        ("GET", "/v2/things/{thing_id}"),
        ("PUT", "/v2/things"),
        ("POST", "/v2/runs"),
    }
    assert ("scope", "query") in params_of(ops[("PUT", "/v2/things")])
    assert {"thing_name", "label"} <= {name for name, _ in params_of(ops[("POST", "/v2/runs")])}


NOT_BODIED = """\
Things
======

  * get all things::

        GET /v2/things

  * get one thing::

        GET /v2/things/<thing_id>

  * then, in a shell::

        GET /v2/things
        GET /v2/things/7
"""


def test_a_block_of_several_request_lines_is_no_body(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, NOT_BODIED, "things.rst")
    assert set(ops) == {("GET", "/v2/things"), ("GET", "/v2/things/{thing_id}")}
