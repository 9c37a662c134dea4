"""Resources listed by name after a bold label, in the thirty-seventh registry batch
(benchmarks/docs/registry_truth): "**Reads** — `status`, `project`(+`/{key}`, `/members`), ..." and
"**Writes** — `POST ticket`, `POST/PUT/DELETE ticket/{key}/note[/{id}]`", each name in code and written without
the prefix the API serves it under. Each item is a route, GET unless its code names methods; the additions in
parentheses hang under the item, the bracketed segment is the item a create goes without, and `?expand=...`
after an item, or a name in code among its note's words, is its query parameter (a body field on a write). The
prefix is read from the document: the one in parentheses after a label, or the one in front of a full path its
client code writes whose end fits an item, shared by the items of that resource and, for names no full path
shows, by the other items of the list. A labelled list of names nothing shows to be routes (files, formats)
gives none, and a list no full path fits stays as written."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
# tracker-mock

A stand-in for a ticket tracker's REST API, version 3.

## Routes

**Reads** — `health`, `whoami`, `project`(+`/{key}`, `/members`, `/labels`), `find`(free text + `fields` + paging),
`ticket/{key}`(`?expand=history`), `ticket/{key}/notes`, `ticket/{key}/links`.

**Writes** — `POST ticket`, `PUT ticket/{key}`, `POST/PUT/DELETE ticket/{key}/note[/{id}]`,
`POST ticket/{key}/files`(multipart, field `upload`),
`GET/DELETE svc/v3/file/{id}`, `GET /static/file/{id}/{name}`.

Full-text search (`/svc/v3/search`) returns snippets only: add `?expand=text` to `ticket/{key}` or `project/{key}`.

| Edge | Where | How |
|---|---|---|
| ticket to wiki | `ticket/{key}/links` | read `/pages/{id}/` from the url |
| ticket to ticket | `ticket/{key}/graph` | keys as `[A-Z]+-[0-9]+` |

**Boards** (`/svc/boards/2.0/`) — `board`, `board/{id}`(+`/lanes`, `/cards`), `POST board`,
`PUT board/{id}`.

## Client

```python
import requests
BASE = "http://localhost:9000"
requests.get(f"{BASE}/svc/v3/ticket/{key}/notes")
requests.post(f"{BASE}/svc/v3/ticket", json={"fields": {"title": "x"}})
```
"""


def test_labelled_resource_lists_are_routes_under_the_prefix_the_document_shows(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    for route in [
        ("GET", "/svc/v3/health"),
        ("GET", "/svc/v3/whoami"),
        ("GET", "/svc/v3/project"),
        ("GET", "/svc/v3/project/{key}"),
        ("GET", "/svc/v3/project/{key}/members"),
        ("GET", "/svc/v3/project/{key}/labels"),
        ("GET", "/svc/v3/find"),
        ("GET", "/svc/v3/ticket/{key}/notes"),
        ("PUT", "/svc/v3/ticket/{key}"),
        ("POST", "/svc/v3/ticket/{key}/note"),
        ("PUT", "/svc/v3/ticket/{key}/note/{id}"),
        ("DELETE", "/svc/v3/ticket/{key}/note/{id}"),
        ("GET", "/svc/v3/file/{id}"),
        ("DELETE", "/svc/v3/file/{id}"),
        ("GET", "/static/file/{id}/{name}"),
        ("GET", "/svc/boards/2.0/board"),
        ("GET", "/svc/boards/2.0/board/{id}"),
        ("GET", "/svc/boards/2.0/board/{id}/lanes"),
        ("GET", "/svc/boards/2.0/board/{id}/cards"),
        ("POST", "/svc/boards/2.0/board"),
        ("PUT", "/svc/boards/2.0/board/{id}"),
    ]:
        assert route in ops, route
    assert ("POST", "/svc/v3/ticket/{key}/note/{id}") not in ops  # a create goes to the collection
    assert ("DELETE", "/svc/v3/ticket/{key}/note") not in ops
    assert not any(path.startswith(("/project", "/ticket", "/board", "/svc/v3/svc")) for _, path in ops)
    expanded = params_of(ops[("GET", "/svc/v3/ticket/{key}")])
    assert expanded[("expand", "query")] is False
    assert expanded[("key", "path")] is True
    assert params_of(ops[("GET", "/svc/v3/find")]) == {("fields", "query"): False}
    assert params_of(ops[("POST", "/svc/v3/ticket/{key}/files")]) == {("key", "path"): True, ("upload", "body"): False}
    assert params_of(ops[("GET", "/svc/v3/project")]) == {}  # (+`/{key}`, ...) are routes, not inputs


def test_routes_of_the_listed_resources_named_elsewhere_on_the_page(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert ("GET", "/svc/v3/ticket/{key}/graph") in ops  # a table cell, under the resource's prefix
    assert ("GET", "/svc/v3/search") in ops  # a path in code under the prefix the lists take
    assert ("expand", "query") in params_of(ops[("GET", "/svc/v3/project/{key}")])  # "add `?expand=text` to"
    assert not any("pages" in path or "boards/2.0/svc" in path for _, path in ops)
    assert ("GET", "/svc/boards/2.0") not in ops  # the prefix itself is no route


NOT_ROUTES = """\
# tracker-mock

**Files** — `config/app.yaml`, `config/db.yaml`, `scripts/run.sh`, `README.md`.

**Formats**: `json`, `yaml`, `toml`.

```python
import requests
requests.get("http://localhost:9000/svc/v3/ticket/1")
```
"""


def test_labelled_lists_of_names_nothing_shows_to_be_routes_give_none(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, NOT_ROUTES)
    assert not any("yaml" in path or "json" in path or "scripts" in path for _, path in ops)


UNSHOWN = """\
# notes-mock

**Writes** — `POST note`, `PUT note/{id}`, `DELETE note/{id}`.
"""


def test_a_list_whose_prefix_nothing_shows_stays_as_written(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, UNSHOWN)
    assert {("POST", "/note"), ("PUT", "/note/{id}"), ("DELETE", "/note/{id}")} <= set(ops)
