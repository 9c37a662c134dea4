"""A request shown as the HTML form that sends it, in the eightieth registry batch (benchmarks/docs/registry_truth):
a code block of markup holding `<form action="/auth/yahoo/login" method="post">` and its named `<input>` fields is
that request as a browser sends it (the fields its form body, none required, buttons none of them); a snippet of
fields alone in the section of that one form shows a field the form also accepts. A form with no method of its
own, and a snippet with no form beside it, state nothing."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
Yahoo
=====

POST Parameters
---------------

You only need to provide the `oauth` POST parameter if you want OAuth.

.. code-block:: html

    <form action="/auth/yahoo/login"{method}>
        <input type="hidden" name="oauth" value="true" />
        <input type="submit" value="Login with Yahoo" />
    </form>

Yahoo also accepts a `display` argument, for instance:

.. code-block:: html

    <input type="hidden" name="display" value="popup" />

Other
-----

.. code-block:: html

    <input type="hidden" name="unrelated" value="x" />
"""


def test_a_form_in_a_markup_block_is_its_request_with_its_fields(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC.format(method=' method="post"'), "providers.rst")
    assert set(ops) == {("POST", "/auth/yahoo/login")}
    assert params_of(ops[("POST", "/auth/yahoo/login")]) == {("oauth", "body"): False, ("display", "body"): False}


def test_a_get_form_sends_its_fields_in_the_query(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC.format(method=' method="GET"'), "providers.rst")
    assert set(ops) == {("GET", "/auth/yahoo/login")}
    assert params_of(ops[("GET", "/auth/yahoo/login")]) == {("oauth", "query"): False}


def test_a_form_without_a_method_of_its_own_states_nothing(tmp_path: Path) -> None:
    doc = DOC.format(method="") + "\nAPI\n---\n\n``GET /status``\n    The status.\n"
    ops = extracted_operations(tmp_path, doc, "providers.rst")
    assert set(ops) == {("GET", "/status")}
