"""Paths alone in code under the API's root, with the method said by the sentence that leads into them, in the
seventy-eighth registry batch (benchmarks/docs/registry_truth): "make a PUT request. Send it to:" over
`/api/v1/widgets/cxxxxxxx` is a PUT of `/api/v1/widgets/{id}` (the masked value is the item's id); "Now your app
can access:" is a GET, and the paths alone that add a query to it are its examples, even where a request line of
another method states the path. A path led in by a sentence naming no method and no reading stays a GET of the path
as written, and a stand-in id on it is left as it is."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
# Widgets

## Keys

`POST /api/v1/widgets?apikey=example-api-key`

## Retrieving all the widgets

Now your app can access:

`/api/v1/widgets`

Here are some examples:

`/api/v1/widgets?search=cheese`

## Updating a widget

To update a widget, make a PUT request. Send it to:

`/api/v1/widgets/cxxxxxxx`

## Deleting a widget

To delete a widget, make a DELETE request. Send it to:

`/api/v1/widgets/ID_GOES_HERE`

## Login

1. Configure the module.
2. Send a `POST` request to:

`/api/v1/login`
"""

NEAR_MISS = """\
# Widgets

## Keys

`POST /api/v1/widgets?apikey=example-api-key`

## Paths

Here is one:

`/api/v1/widgets/cxxxxxxx`

Here is another:

`/api/v1/gadgets/cxxxxxxx`

And a third:

`/api/v1/things`
"""


def test_lead_in_sentences_give_methods(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert {("GET", "/api/v1/widgets"), ("PUT", "/api/v1/widgets/{id}"), ("DELETE", "/api/v1/widgets/{id}")} <= set(ops)
    assert ("POST", "/api/v1/login") in ops
    assert ("GET", "/api/v1/login") not in ops
    assert ("search", "query") in params_of(ops[("GET", "/api/v1/widgets")])
    assert params_of(ops[("PUT", "/api/v1/widgets/{id}")]) == {("id", "path"): True}


def test_lead_in_naming_no_method_keeps_the_path(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, NEAR_MISS)
    assert not any("{id}" in path for _, path in ops)
    assert not any(method in ("PUT", "DELETE") for method, _ in ops)
