"""A request body written as a JavaScript object literal, in the fifty-ninth registry batch
(benchmarks/docs/registry_truth): an operation's raw HTTP example request, `PUT /api/things/42`, its headers and
then `{ title: 'Lamp', tags: ['a'] ... }` (bare keys, single quotes, a comma dropped at a line's end), as
documents of JavaScript servers show the body. It is the body the request sends, so its top-level keys are body
fields; and a placeholder of the route listed under a bare "Parameters" label, which the body sent leaves out, is
the path's value, not also a body field. A braced list of names (`{ name, url }`) or a template (`{{ body }}`)
is no object."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

LITERAL = """\
# /api/things

## PUT /api/things/{thing_id}

Update a thing.

**Parameters**

- thing_id: The thing ID

**Request:**

    PUT /api/things/42
    Accept: application/json
    Host: localhost:8080
    {
      title: 'Lamp',
      colour: 'red'
      tags: ['a', 'b'],
      owner: { id: 7 }
    }

**Response:**

    HTTP/1.1 200 OK
"""


def test_an_object_literal_body_gives_its_keys_as_body_fields(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, LITERAL)
    params = params_of(ops[("PUT", "/api/things/{thing_id}")])
    assert {("title", "body"), ("colour", "body"), ("tags", "body"), ("owner", "body")} <= set(params)
    assert params[("thing_id", "path")] is True
    assert ("thing_id", "body") not in params  # the body sent leaves it out: the path's value
    assert ("id", "body") not in params  # a nested key is the owner's, not the body's


NOT_OBJECTS = """\
# /api/things

## PUT /api/things/{thing_id}

Update a thing.

**Request:**

    PUT /api/things/42
    Host: localhost:8080
    { title, colour }

## POST /api/things

Create one.

**Request:**

    POST /api/things
    Host: localhost:8080
    {{ body }}
"""


def test_a_list_of_names_or_a_template_gives_no_body_field(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, NOT_OBJECTS)
    put = params_of(ops[("PUT", "/api/things/{thing_id}")])
    assert not {name for name, location in put if location == "body"}
    post = params_of(ops[("POST", "/api/things")])
    assert not {name for name, location in post if location == "body"}


COMMENTED_JSON = """\
# /api/settings

## PUT /api/settings/{kind}

Change a setting.

**Request:**

    PUT /api/settings/bot
    Content-Type: application/json

    {
        "servo:presets:foo": 42  // Creates a preset named "foo"
    }
"""


def test_json_with_bare_keys_nowhere_is_no_object_literal(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, COMMENTED_JSON)
    params = params_of(ops[("PUT", "/api/settings/{kind}")])
    assert ("servo:presets:foo", "body") not in params
