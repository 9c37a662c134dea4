"""Routes a page writes short and a reader completes from what it states around them, in the fifty-seventh
registry batch (benchmarks/docs/registry_truth): a method alone in code "on the same path" (or "on the latter")
as the route before it; methods in code joined by a spaced slash before one request line (`` `POST` / `DELETE` /
`PUT /x` ``), which name no request of the root `/`; and a route written as the tail of the one longer path the
page states (`POST /lamps` beside `GET /sites/{sid}/lamps`), on a page that abbreviates its routes (it writes
some from an ellipsis). A tail whose first segment also begins a path that is no tail, a tail on a page that
abbreviates nothing, and a method "on the same path" with no route before it, are left as written."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations

SHORT = """\
# Lamp server

- `PUT /sites/{sid}/rooms/{rid}` (a name and a floor) renames the room and `DELETE` on the same path removes it.
- Read them with `GET /sites/{sid}/logs` or `GET /sites/{sid}/logs/{lid}`; `DELETE` on the latter forgets one.
- `POST` / `DELETE` / `PUT /sites/{sid}/alarms` arm, clear and reset the alarms.

`GET /sites/{sid}/lamps` lists the lamps; `POST /lamps` with a name adds one, as `PATCH /lamps/{lid}` renames it
beside `GET /sites/{sid}/lamps/{lid}` and `GET .../lamps/{lid}/state` reads its state.
"""


def test_short_written_routes_are_read_in_full(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, SHORT)
    assert {
        ("DELETE", "/sites/{sid}/rooms/{rid}"),
        ("DELETE", "/sites/{sid}/logs/{lid}"),
        ("POST", "/sites/{sid}/alarms"),
        ("DELETE", "/sites/{sid}/alarms"),
        ("PUT", "/sites/{sid}/alarms"),
        ("POST", "/sites/{sid}/lamps"),
        ("PATCH", "/sites/{sid}/lamps/{lid}"),
    } <= set(ops)
    assert not {("POST", "/"), ("DELETE", "/"), ("POST", "/lamps"), ("DELETE", "/sites/{sid}/logs")} & set(ops)


LEFT = """\
# Lamp server

`DELETE` on the same path is refused. `GET /sites/{sid}/lamps` lists a site's lamps, `GET /lamps` every lamp and
`GET /lamps/stats` their counts; `GET /sites/{sid}/rooms` lists rooms and `POST /rooms` makes one.
"""


def test_routes_a_page_writes_in_their_own_right_are_left_alone(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, LEFT)
    assert {("GET", "/sites/{sid}/lamps"), ("GET", "/lamps"), ("GET", "/lamps/stats"), ("POST", "/rooms")} <= set(ops)
    assert not any(method == "DELETE" for method, _ in ops)
