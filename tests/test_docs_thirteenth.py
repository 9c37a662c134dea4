"""Structures of the thirteenth registry batch (benchmarks/docs/registry_truth, FIRST_CONTACT.md "Thirteenth
batch"): each rule is written for the structure a page uses, not for the project that showed it first."""

from __future__ import annotations

from pathlib import Path

from operations import extracted_paths as _paths
from operations import params_of

HTTPDOMAIN = """\
Widgets
=======

.. _`making a widget`:
.. http:post:: /widgets/

   Make a widget.

   :param str colour: the colour. Required.
   :param str label: a label of your own. Not
       required.

   Returns:

   :param int status: the status code.

.. http:put:: /widgets/(widget_id:str)

   Replace a widget. Takes and returns the same parameters as `making a widget`_.

.. http:patch:: /widgets/(widget_id:str)

   Change a widget. Accepts the same parameters as :http:post:`/widgets/`, except no parameters are required.

.. _`widget logs`:
.. http:get:: /widgets/(widget_id:str)/logs

   The latest logs.

   :query int n: how many.

   The response is a list of logs, each taking the following form:

   :param str message: the message.

.. http:get:: /gadgets/(gadget_id:str)/logs

   Takes and returns the same parameters as `widget logs`_.
"""


def test_httpdomain_generic_param_fields_inheritance_by_label_and_role_and_required_words(tmp_path: Path) -> None:
    """`:param` fields a directive's path does not hold are the request's fields (where they go is the
    method's), those after "Returns:" or "The response is ...:" describe the response; `(widget_id:str)` names
    its placeholder by the half that is no converter; "Not required." is a negation; an operation takes another's
    parameters through a link to its label (`making a widget`_) or an `:http:post:` role, "except no parameters
    are required" making them optional."""
    paths = _paths(tmp_path, "api.rst", HTTPDOMAIN)
    assert sorted(paths) == [
        "/gadgets/{gadget_id}/logs",
        "/widgets/",
        "/widgets/{widget_id}",
        "/widgets/{widget_id}/logs",
    ]
    assert params_of(paths["/widgets/"]["post"]) == {("colour", "body"): True, ("label", "body"): False}
    replaced = {("widget_id", "path"): True, ("colour", "body"): True, ("label", "body"): False}
    assert params_of(paths["/widgets/{widget_id}"]["put"]) == replaced
    changed = {("widget_id", "path"): True, ("colour", "body"): False, ("label", "body"): False}
    assert params_of(paths["/widgets/{widget_id}"]["patch"]) == changed
    assert params_of(paths["/widgets/{widget_id}/logs"]["get"]) == {("widget_id", "path"): True, ("n", "query"): False}
    assert params_of(paths["/gadgets/{gadget_id}/logs"]["get"]) == {("gadget_id", "path"): True, ("n", "query"): False}
    assert paths["/widgets/{widget_id}"]["put"]["description"].startswith("Replace a widget.")


def test_a_sentence_naming_an_operation_introduces_its_request_body_in_a_walk_through(tmp_path: Path) -> None:
    """Routes stated only in running text, several to a section, each sentence naming one with "with the following
    JSON data:" over its body (inside a list item in reStructuredText: each literal block labelled by the
    paragraphs just before it, not by the whole item); what a sentence says comes back is no request."""
    paths = _paths(
        tmp_path,
        "walk.rst",
        "Walk-through\n============\n\n"
        "1. A user creates a pool::\n\n"
        "       $ tool pool create --size 10 p1\n\n"
        "   This makes a HTTP POST call on ``/Pools.Create`` with the following JSON data::\n\n"
        '       {"Name": "p1", "Size": 10}\n\n'
        "   The service then returns the following response::\n\n"
        '       {"PoolID": "abc"}\n\n'
        "   Then another HTTP POST call against ``/Pools.Fill`` follows with the JSON data below::\n\n"
        '       {"PoolID": "abc", "Level": 3,}\n',
    )
    assert params_of(paths["/Pools.Create"]["post"]) == {("Name", "body"): False, ("Size", "body"): False}
    assert params_of(paths["/Pools.Fill"]["post"]) == {("PoolID", "body"): False, ("Level", "body"): False}


def test_route_tables_with_method_and_path_apart_state_bodies_and_queries_in_their_cells(tmp_path: Path) -> None:
    """Route tables (`Method | Path | Returns`) under one `## Endpoints` heading, one of them a single row: each
    row's cells say what its request takes (body `{...}`, query `?limit=50&offset=0`), before the arrow that
    starts what comes back (`→ wrapped, data = {...}`); a page that is a format-string template writes its JSON
    braces twice. One section's one-row table makes no route the owner of the whole page."""
    paths = _paths(
        tmp_path,
        "reference.md",
        "# Keys API\n\n## Endpoints\n\n### Keys\n\n"
        "| Method | Path | Returns |\n|---|---|---|\n"
        '| POST | `/api/keys/<user>` | optional body `{{"label": "lap"}}` → wrapped, `data` = `{{"key_id": "k"}}` |\n'
        '| POST | `/api/keys/recover` | body `{{"rotate_key": "r"}}`; wrapped, `data` = `{{"client_key": "c"}}` |\n'
        '| POST | `/api/keys/rotate` | wrapped, `data` = `{{"new_key": "n"}}` |\n\n'
        "### Audit\n\nYour own audit trail.\n\n"
        "| Method | Path | Returns |\n|---|---|---|\n"
        '| GET | `/api/audit` | query `?limit=50&offset=0` → wrapped, `data` = `{{"total": 1}}` |\n',
    )
    assert params_of(paths["/api/keys/{user}"]["post"]) == {("user", "path"): True, ("label", "body"): False}
    assert params_of(paths["/api/keys/recover"]["post"]) == {("rotate_key", "body"): False}
    assert params_of(paths["/api/keys/rotate"]["post"]) == {}
    assert params_of(paths["/api/audit"]["get"]) == {("limit", "query"): False, ("offset", "query"): False}


def test_routes_listed_as_alternatives_share_their_sections_body(tmp_path: Path) -> None:
    """ "Any of the following routes signs a user up:" over a list of routes, one example request for the first:
    every route of the list is the same operation, with the example's fields, made required by a sentence that
    names them in bold code."""
    paths = _paths(
        tmp_path,
        "auth.md",
        "# Auth\n\n## Sign up\n\nAny of the following routes signs a user up :\n\n"
        "- **`POST /join`**\n- **`POST /members`**\n\n"
        "**`handle`** and **`secret_word`** are required in the request body :\n\n"
        '```http\nPOST /join\n{\n  "handle": "ann",\n  "secret_word": "x",\n  "age": 3\n}\n```\n',
    )
    fields = {("handle", "body"): True, ("secret_word", "body"): True, ("age", "body"): False}
    assert params_of(paths["/join"]["post"]) == fields
    assert params_of(paths["/members"]["post"]) == fields


def test_a_route_tables_description_is_the_summary_and_captioned_examples_find_their_operation(
    tmp_path: Path,
) -> None:
    """A specification lists routes in `Operation | URL | Description` tables and prints its examples together
    later, captioned with the operation's words ("Json Widget Part create request example::"): the description
    cell is the operation's summary, and an example whose caption holds exactly one summary's words (the longest
    such: "Widget Part" over "Widget") is that operation's request; a response example is not."""
    paths = _paths(
        tmp_path,
        "spec.rst",
        "Widgets\n=======\n\n"
        "+---------+-------------------+----------------------+\n"
        "|Operation|URL                |Description           |\n"
        "+=========+===================+======================+\n"
        "|POST     |/widgets           |Create a Widget       |\n"
        "+---------+-------------------+----------------------+\n"
        "|POST     |/widget_parts      |Create a Widget Part  |\n"
        "+---------+-------------------+----------------------+\n\n"
        "Examples\n========\n\n"
        'Json Widget Part create request example::\n\n {"widget_part": {"name": "P1"}}\n\n'
        ' {"widget_part": {"name": "P2"}}\n\n'
        'Json Widget create response example::\n\n {"widget": {"name": "W1", "id": "1"}}\n',
    )
    assert paths["/widgets"]["post"]["summary"] == "Create a Widget"
    assert params_of(paths["/widget_parts"]["post"]) == {("widget_part", "body"): False}
    assert params_of(paths["/widgets"]["post"]) == {}
