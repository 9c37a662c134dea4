"""An update whose description names the fields it changes, joined by "and/or", in the forty-first registry
batch (benchmarks/docs/registry_truth): "Update a card's title and/or colour" under `PATCH /cards/{card_id}`,
where `POST /cards` lists `title`, `colour`, `owner` as its form fields. The named fields are the update's body
fields, none required ("and/or": either may be left out). A word joined by "and/or" that the creating request
does not state, or an update of no item of a created collection, gives no field."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

CARDS = """\
# Cards API

#### `POST /cards`

Create a card.

**Form fields:**
- `title` (required): The card's title
- `colour` (optional): Its colour
- `owner` (required): Who owns it

#### `GET /cards/{card_id}`

Get a card.

#### `PATCH /cards/{card_id}`

Update a card's title and/or colour (kept on the server).

#### `PUT /boards/{board_id}`

Rename the board and/or archive it.
"""


def test_fields_an_update_joins_by_and_or_are_its_optional_body_fields(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, CARDS)
    patch = params_of(ops[("PATCH", "/cards/{card_id}")])
    assert patch.get(("title", "body")) is False
    assert patch.get(("colour", "body")) is False
    assert ("owner", "body") not in patch


def test_and_or_words_no_creating_request_states_give_no_field(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, CARDS)
    put = params_of(ops[("PUT", "/boards/{board_id}")])
    assert not {name for name, _ in put} & {"board", "archive", "it", "Rename", "the"}
    assert ("a", "body") not in params_of(ops[("PATCH", "/cards/{card_id}")])
