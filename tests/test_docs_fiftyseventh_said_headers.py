"""A header a paragraph or list item says its routes take, after naming them, in the fifty-seventh registry batch
(benchmarks/docs/registry_truth): "- **Edits**: `POST /rooms/{rid}/rename`, `PUT /rooms/{rid}/name`, `DELETE
/rooms/{rid}`. `If-Match` is optional and honours the revision." Each route the item names takes the header,
needed as said. A header named without a verdict, or a verdict in a paragraph naming no route, gives none."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

SAID = """\
# Room server

## Writes

- **Edits**: `POST /rooms/{rid}/rename`, `PUT /rooms/{rid}/name` and `DELETE /rooms/{rid}`.
  `If-Match` is optional and honours the revision.
- **Imports**: `PUT /rooms` replaces every room. `Idempotency-Key` is required.
- **Marks**: `POST`/`DELETE`/`PUT /rooms/{rid}/marks[/order]` add, clear and sort marks. `X-Editor` is optional.
"""


def test_each_route_of_the_item_takes_the_header(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, SAID)
    for key in (("POST", "/rooms/{rid}/rename"), ("PUT", "/rooms/{rid}/name"), ("DELETE", "/rooms/{rid}")):
        assert params_of(ops[key]).get(("If-Match", "header")) is False
        assert ("Idempotency-Key", "header") not in params_of(ops[key])
    assert params_of(ops[("PUT", "/rooms")]).get(("Idempotency-Key", "header")) is True
    assert ("If-Match", "header") not in params_of(ops[("PUT", "/rooms")])
    for method in ("POST", "DELETE"):
        assert params_of(ops[(method, "/rooms/{rid}/marks")]).get(("X-Editor", "header")) is False


UNSAID = """\
# Room server

## Reads

- `GET /rooms/{rid}` answers the room with its `If-Match` revision in `ETag`.
- `GET /rooms` lists them.

A `Request-Id` is required for support tickets.
"""


def test_a_header_without_a_verdict_beside_routes_is_none_of_theirs(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, UNSAID)
    for key in (("GET", "/rooms/{rid}"), ("GET", "/rooms")):
        assert not {("If-Match", "header"), ("Request-Id", "header")} & set(params_of(ops[key]))
