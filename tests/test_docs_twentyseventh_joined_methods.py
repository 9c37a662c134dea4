"""Request lines that open with methods joined by a slash, in the twenty-seventh registry batch
(benchmarks/docs/registry_truth): a list item `` `GET/DELETE /api/sessions/{name}` — manage sessions `` states a
GET and a DELETE on that path. The rule is written for the structure a page uses, not for the project that showed it
first."""

from __future__ import annotations

from pathlib import Path

from operations import extracted_paths, params_of

JOINED_ITEMS = """\
# Console server

### HTTP API

- `POST /api/ask` — ask a question
- `WS /ws/stream` — streamed answers
- `GET/DELETE /api/rooms/{room}` — read or remove a room
- `GET/PUT/PATCH /api/profile` — the profile
- `/api/plugins/*` — optional plugin routes

The console accepts GET/POST requests from the browser only.
"""


def test_each_method_joined_by_a_slash_is_a_request_on_the_path(tmp_path: Path) -> None:
    """`GET/DELETE /api/rooms/{room}` is GET and DELETE on `/api/rooms/{room}`, both taking `room` in the path;
    a WebSocket line and a sentence naming methods without a path add nothing."""
    paths = extracted_paths(tmp_path, "README.md", JOINED_ITEMS)
    assert set(paths) == {"/api/ask", "/api/rooms/{room}", "/api/profile"}
    assert set(paths["/api/ask"]) == {"post"}
    assert set(paths["/api/rooms/{room}"]) == {"get", "delete"}
    for method in ("get", "delete"):
        assert params_of(paths["/api/rooms/{room}"][method]) == {("room", "path"): True}
    assert set(paths["/api/profile"]) == {"get", "put", "patch"}
