"""Routes a sentence states in the active voice, in the fifty-first registry batch
(benchmarks/docs/registry_truth): a server's README states a few request lines (`POST /pair`) and otherwise says
in sentences and table cells what the server serves at a coded path ("it serves them at `/network.bin`"), names
a page at one ("the install page at `/install`"), says what one returns ("plus `/`, which returns the page list
as JSON"), or has the routes as its subject ("Routes come from the page list, `/<page>.png` for each"). Each is
a GET, no method being said. Not read: a folder something is served *under*, a page of the API's documentation,
a path with a placeholder outside the routes' own sentence, and a path that begins a route the page states."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations

DOC = """\
# Panel server

A board pairs with `POST /pair`, and posts its readings with `POST /readings/{board}`.

Routes come from the page list, `/<page>.png` for each, plus `/`, which returns the page list and the schedule as
JSON. Add a page to `config.yaml` to serve it; `/debug/<page>.html` shows its source.

Pass `network=` to the server, and it serves them at `/network.bin`. It serves static files under `/static`.

| Module | Provides |
|---|---|
| `panel.install` | `Board` — a board the install page at `/setup` offers |
| `panel.docs` | the Swagger page at `/explorer` |

The readings are also available: the server serves each board's history at `/readings`.
"""


def test_served_paths_named_pages_and_returning_paths_are_gets(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert {("GET", "/"), ("GET", "/network.bin"), ("GET", "/setup"), ("GET", "/{page}.png")} <= set(ops)


def test_folders_documentation_pages_and_route_prefixes_are_not_routes(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    paths = {path for _, path in ops}
    assert "/static" not in paths
    assert "/explorer" not in paths
    assert "/debug/{page}.html" not in paths
    assert ("GET", "/readings") not in ops
