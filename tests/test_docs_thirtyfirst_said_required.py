"""Request bodies of the thirty-first registry batch (benchmarks/docs/registry_truth) given as a JSON example
right after a sentence that ends in the request line ("Create a ticket: `POST /api/ticket/create`"), with a
second method offered in prose on the same route, and the fields the request must carry said in the prose
after the example: "The required properties ... are `a`, `b` and `c`", "Both the `a` and `b` ... must be
provided", "must always be specified in `c`", "requires a `a` and `b`". Fields the prose only says must match
something, or that one field requires another, stay optional."""

from __future__ import annotations

from pathlib import Path

from operations import extracted_operations, params_of

PAGE = """\
# Tickets

## create

Create a ticket: `POST /api/ticket/create`

```json
{"title": "Broken", "queue": "ops", "body": "It broke", "tags": ["a"]}
```

The `create` API opens a ticket.  The required JSON properties in the POST data are `title` (short), `queue`
and `body`.  Any other properties are stored too.

## close

Close a ticket: `POST /api/ticket/close`

```json
{"id": "T1", "reason": "done", "owner": "ann"}
```

Both the `id` and `reason` of the ticket must be provided by the client.  The `owner` must match the session.

## move

Move a ticket: `POST /api/ticket/move`

```json
{"id": "T1", "queue": "dev", "note": "moving"}
```

You can alternatively use HTTP GET for this API: `GET /api/ticket/move?id=T1`

The `move` API moves a ticket to another queue.

## assign

Assign a ticket: `POST /api/ticket/assign`

```json
{"id": "T1", "queue": "dev", "note": "moving"}
```

The ticket must always be specified in `id`.  This API requires a target queue (`queue`).  A `note` requires
a `queue` too.
"""


def test_the_json_right_after_a_sentence_ending_in_the_request_line_is_its_body(tmp_path: Path) -> None:
    move = params_of(extracted_operations(tmp_path, PAGE)[("POST", "/api/ticket/move")])
    assert {("id", "body"), ("queue", "body"), ("note", "body")} <= set(move)


def test_prose_saying_fields_must_be_sent_makes_them_required(tmp_path: Path) -> None:
    operations = extracted_operations(tmp_path, PAGE)
    create = params_of(operations[("POST", "/api/ticket/create")])
    assert create == {("title", "body"): True, ("queue", "body"): True, ("body", "body"): True, ("tags", "body"): False}
    close = params_of(operations[("POST", "/api/ticket/close")])
    assert close == {("id", "body"): True, ("reason", "body"): True, ("owner", "body"): False}
    assign = params_of(operations[("POST", "/api/ticket/assign")])
    assert assign == {("id", "body"): True, ("queue", "body"): True, ("note", "body"): False}


def test_a_field_requiring_another_or_a_condition_makes_nothing_required(tmp_path: Path) -> None:
    page = PAGE.replace("This API requires a target queue (`queue`).", "When moving, it requires a `queue`.")
    assign = params_of(extracted_operations(tmp_path, page)[("POST", "/api/ticket/assign")])
    assert assign[("queue", "body")] is False
