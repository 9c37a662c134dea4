"""The object a named service is called on, defined by the list after an example request, in the forty-first
registry batch (benchmarks/docs/registry_truth): a Plone add-on's README prints `curl -i -X POST
http://localhost:8080/site/my-poll/@vote --data-raw '{"vote": "1"}'` and then "where: - ``my-poll`` is the context
where the poll is stored", with later sections' curls on the same `/site/my-poll/@results`. The example object
before the service is defined as the call's context, so it is the placeholder `{my-poll}`, a required path
parameter, in every request that shows it there. A defined word that is not the segment before a service, and an
example object the prose does not define, stay literal."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DEFINED = """\
Services
========

@vote
-----

Call it with a POST on the context where the poll is stored:

.. code-block:: console

    curl -i -X POST http://localhost:8080/site/my-poll/@vote --data-raw '{"vote": "1"}'

where:

- ``my-poll`` is the context where the poll is stored
- ``vote`` is the chosen answer

@results
--------

.. code-block:: console

    curl -i -X GET http://localhost:8080/site/my-poll/@results -H 'Accept: application/json'
"""

UNDEFINED = """\
Services
========

@vote
-----

.. code-block:: console

    curl -i -X POST http://localhost:8080/site/my-poll/@vote --data-raw '{"vote": "1"}'

where:

- ``vote`` is the chosen answer
- ``site`` is the object that keeps the polls
"""


def test_an_example_object_defined_as_the_context_is_a_placeholder(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DEFINED, "README.rst")
    assert ("POST", "/site/{my-poll}/@vote") in ops, sorted(ops)
    assert ("GET", "/site/{my-poll}/@results") in ops, sorted(ops)
    params = params_of(ops[("POST", "/site/{my-poll}/@vote")])
    assert params.get(("my-poll", "path")) is True and ("vote", "body") in params, params


def test_undefined_objects_and_other_defined_words_stay_literal(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, UNDEFINED, "README.rst")
    assert ("POST", "/site/my-poll/@vote") in ops, sorted(ops)
    assert not any("{" in path for _, path in ops), sorted(ops)
