"""Several routes in one cell of a route table, the later ones written from an ellipsis, in the fifty-eighth
registry batch (benchmarks/docs/registry_truth): `POST /tickets/{id}/close/` `.../reopen/` (code spans apart, the
method written once), `GET /alerts/`, `GET .../count/`, `POST .../{id}/ack/`. The ellipsis stands for the route
the same cell wrote first: less its last segment where that is an action word (siblings), whole where it is a
collection or ends in a placeholder (children), even where another path on the page holds the continuation's first
segment. A cell that writes its routes apart without an ellipsis gives each one; an ellipsis in prose still
continues a path stated elsewhere on the page."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations

TABLE = """\
# Helpdesk API

| Route | Who | What |
|---|---|---|
| `GET /tickets/` | anyone | List tickets |
| `POST /tickets/{id}/close/` `…/reopen/` `…/escalate/` | agents | Change a ticket's state |
| `GET /alerts/`, `GET …/count/`, `POST …/{id}/ack/`, `POST …/ack-all/` | agents | Alert inbox |
| `POST /digest/subscribe/`, `…/unsubscribe/` | anyone | Digest mails |
| `PUT /tickets/{id}/lock/` `/tickets/{id}/unlock/` | agents | Locking |
"""


def test_an_ellipsis_in_a_cell_continues_the_route_the_cell_wrote_first(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, TABLE)
    assert {
        ("POST", "/tickets/{id}/close/"),
        ("POST", "/tickets/{id}/reopen/"),
        ("POST", "/tickets/{id}/escalate/"),
        ("GET", "/alerts/"),
        ("GET", "/alerts/count/"),
        ("POST", "/alerts/{id}/ack/"),
        ("POST", "/alerts/ack-all/"),
        ("POST", "/digest/subscribe/"),
        ("POST", "/digest/unsubscribe/"),
        ("PUT", "/tickets/{id}/lock/"),
        ("PUT", "/tickets/{id}/unlock/"),
    } <= set(ops)
    assert not any(path.startswith("/tickets/{id}/ack") or path == "/tickets/ack-all/" for _, path in ops)
    assert not any("…" in path or path.startswith(("/reopen", "/count", "/ack")) for _, path in ops)


PROSE = """\
# Building server

`POST /sites/{sid}/rooms` creates a room.

| Route | What |
|---|---|
| `GET /sites/{sid}/rooms/{rid}` `.../rooms/{rid}/lamps` | A room and its lamps |
"""


def test_an_ellipsis_repeating_a_segment_of_the_cells_route_continues_it_there(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, PROSE)
    assert ("GET", "/sites/{sid}/rooms/{rid}/lamps") in ops
    assert not any("rooms/{rid}/rooms" in path for _, path in ops)
