"""Path-first route bullets stating their method right after the path, in the seventy-fifth registry batch
(benchmarks/docs/registry_truth): `* /ws **GET** Handles websocket connections` is stated like its neighbours
(`* /listen **GET** Handles long polling connections`), so the websocket its description names is the one that
GET opens (`example_paths._METHOD_FIRST`). A method-less item about a websocket (`* /stream: live updates over a
websocket`) is still no HTTP route."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations

DOC = """\
# Server

Some examples:

* /connect **POST** connects users to the server
* /message **POST** Send message to channels
* /message **DELETE** Delete message from history

Client API

* /ws **GET** Handles websocket connections
* /listen **GET** Handles long polling connections
* /disconnect **POST** Permanently remove connection from server
"""

NEAR_MISS = """\
# Daemon pages

* `/healthz`: liveness
* `/nodes`: the nodes
* `/stream`: live updates over a websocket
* `/drain`: stop taking work
"""


def test_a_websocket_item_stating_its_method_is_a_route(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert ("GET", "/ws") in ops
    assert ("GET", "/listen") in ops
    assert ("DELETE", "/message") in ops


def test_a_method_less_websocket_item_is_no_route(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, NEAR_MISS)
    assert ("GET", "/healthz") in ops
    assert ("GET", "/stream") not in ops
