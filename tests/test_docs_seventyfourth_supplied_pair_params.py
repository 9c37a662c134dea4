"""A request parameter named in a sentence by the pair a request carries, in the seventy-fourth registry batch
(benchmarks/docs/registry_truth): "When supplying the ``force_reinstall=True`` request parameter, already installed
profiles will be reinstalled." under a section whose example is `curl -X POST ".../install?profiles:list=..."`.
The text before `=` names a parameter of the section's endpoint, in the query (a body only when the examples send
one); the same pair called a setting or an option is left alone."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
API
===

Installing profiles
-------------------

.. code:: sh

    $ curl -uadmin:admin -X POST "http://localhost:8080/site/api/install?name=a"
    Result: SUCCESS

By default, installed profiles are skipped.
When supplying the ``reinstall=True`` request parameter,
already installed profiles will be reinstalled.
"""

SETTING = """\
API
===

Installing profiles
-------------------

.. code:: sh

    $ curl -uadmin:admin -X POST "http://localhost:8080/site/api/install?name=a"
    Result: SUCCESS

When supplying the ``reinstall=True`` setting in the configuration file,
already installed profiles will be reinstalled.
"""


def test_a_supplied_pair_request_parameter_is_a_query_parameter(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC, "README.rst")
    assert params_of(ops[("POST", "/site/api/install")]) == {("name", "query"): False, ("reinstall", "query"): False}


def test_the_pair_as_a_setting_is_left(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, SETTING, "README.rst")
    assert params_of(ops[("POST", "/site/api/install")]) == {("name", "query"): False}


VARIANT = """\
[id='get_schema']
= Reading Schemas
Retrieve a schema with `GET` requests.

[source,options="nowrap"]
----
GET /api/schemas/{schemaName}
----

By default, the server returns the schema content as plain text.

To retrieve detailed information about the schema, use the `action=detailed` query parameter:

[source,options="nowrap"]
----
GET /api/schemas/{schemaName}?action=detailed
----

When `action=detailed` is specified, the server returns a JSON document with the schema and its errors.
"""


def test_a_pair_a_sentence_says_to_use_introduces_a_request_of_its_own(tmp_path: Path) -> None:
    # "use the `action=detailed` query parameter:" over a request with that query fixed: no parameter of the plain GET
    ops = extracted_operations(tmp_path, VARIANT, "api.adoc")
    assert ("action", "query") not in params_of(ops[("GET", "/api/schemas/{schemaName}")])
