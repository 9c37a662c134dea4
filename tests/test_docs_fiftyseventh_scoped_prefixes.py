"""A prefix the page states for some of its routes only, in the fifty-seventh registry batch
(benchmarks/docs/registry_truth): "Paths beginning `/shelves` or `/admin` below are relative to `/api/v2`", then
routes written from those segments in prose and in a plain-text block; and "Under `/api/v2/session`:" over a
table of `/session/...` routes. Each such route is sent under the prefix, a table row's body fields go with it, and
a route written in full or beginning another way keeps its path. Without such a sentence, nothing moves."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

SCOPED = """\
# Library server

`GET /api/v2/about` names the server. Paths beginning `/shelves` or `/admin` below are relative to
`/api/v2`. `GET /health` answers plain text.

## Shelves

`GET /shelves/{sid}/books` lists a shelf's books, and `DELETE /shelves/{sid}` removes the shelf.

```text
GET    /shelves                 every shelf
POST   /shelves                 {"label": "Fiction"} makes one
```

## Session

Under `/api/v2/session`:

| method and path | body |
| --- | --- |
| `POST /session/login` | `{username, password}` |
| `POST /session/logout` | none |
"""


def test_routes_beginning_with_the_named_segments_are_under_the_prefix(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, SCOPED)
    assert {
        ("GET", "/api/v2/shelves/{sid}/books"),
        ("DELETE", "/api/v2/shelves/{sid}"),
        ("GET", "/api/v2/shelves"),
        ("POST", "/api/v2/shelves"),
        ("POST", "/api/v2/session/login"),
        ("POST", "/api/v2/session/logout"),
        ("GET", "/api/v2/about"),
        ("GET", "/health"),
    } <= set(ops)
    assert not {("GET", "/shelves"), ("POST", "/session/login"), ("GET", "/api/v2/health")} & set(ops)
    assert {("username", "body"), ("password", "body")} <= set(params_of(ops[("POST", "/api/v2/session/login")]))


UNSCOPED = """\
# Library server

`GET /api/v2/about` names the server. The shelves live in `/shelves` on the web site.

## Shelves

`GET /shelves/{sid}/books` lists a shelf's books.

Under `/srv`, the server keeps its files.
"""


def test_without_a_scoping_sentence_the_routes_keep_their_paths(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, UNSCOPED)
    assert ("GET", "/shelves/{sid}/books") in ops
    assert not any(path.startswith("/api/v2/shelves") or path.startswith("/srv") for _, path in ops)
