"""A parameter a sentence calls optional by name, in the thirty-third registry batch
(benchmarks/docs/registry_truth): "a number of methods have the optional **scope** parameter:", then request
lines that each carry `?scope=<scope>`. A placeholder written into every request of a route would read as
required; the sentence says the parameter is optional, and outranks that guess. A sentence that names the
parameter without calling it optional leaves the guess as it is."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

LINES = """\
Scopes
======

{sentence}

  * get all things::

        GET /v2/things?scope=<scope>

  * get one thing::

        GET /v2/things/<thing_id>?scope=<scope>
"""


def test_a_parameter_called_optional_is_not_required(tmp_path: Path) -> None:
    text = LINES.format(sentence="To work in a scope, a number of methods have the optional **scope** parameter:")
    ops = extracted_operations(tmp_path, text, "scopes.rst")
    assert params_of(ops[("GET", "/v2/things")]) == {("scope", "query"): False}
    assert params_of(ops[("GET", "/v2/things/{thing_id}")]) == {("thing_id", "path"): True, ("scope", "query"): False}


def test_a_parameter_named_without_optional_stays_required(tmp_path: Path) -> None:
    text = LINES.format(sentence="To work in a scope, a number of methods have the **scope** parameter:")
    ops = extracted_operations(tmp_path, text, "scopes.rst")
    assert params_of(ops[("GET", "/v2/things")]) == {("scope", "query"): True}
