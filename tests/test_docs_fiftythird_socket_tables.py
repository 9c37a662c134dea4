"""A WebSocket's route stated with a parameter table of its own, in the fifty-third registry batch
(benchmarks/docs/registry_truth): "## Live channel — `GET /live`" over the connect line `/live?room=<id>&client=<x>`
and a `| Param | Required | Description |` table. The upgrade is a GET the client makes and the table states its
query, so the route is kept with those parameters; a WebSocket section titled by a request line with no such
table (only the messages sent over the socket) stays left out."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

TABLED = """\
# Relay protocol

## WebSocket Channel — `GET /live`

One connection carries every event.

```
/live?room=<id>&client=<client-id>
```

Query params:

| Param | Required | Description |
|---|---|---|
| `room` | yes | The room to join |
| `client` | no | Free-form client name |

## HTTP Endpoints

| Method | Path | Description |
|---|---|---|
| `GET` | `/api/rooms` | List rooms |
"""


def test_a_socket_route_with_its_own_parameter_table_is_kept(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, TABLED)
    assert set(ops) == {("GET", "/live"), ("GET", "/api/rooms")}
    assert params_of(ops[("GET", "/live")]) == {("room", "query"): True, ("client", "query"): False}


UNTABLED = """\
# Relay protocol

## WebSocket Channel — `GET /live`

One connection carries every event. Frames:

| Frame | Sent to |
|---|---|
| `{"type": "hello"}` | every client |

## HTTP Endpoints

| Method | Path | Description |
|---|---|---|
| `GET` | `/api/rooms` | List rooms |
"""


def test_a_socket_route_without_a_parameter_table_stays_out(tmp_path: Path) -> None:
    assert set(extracted_operations(tmp_path, UNTABLED)) == {("GET", "/api/rooms")}
