"""An `open` of a page with a credential from the shell in its path, in the sixty-sixth registry batch
(benchmarks/docs/registry_truth): `open "http://localhost:5173/via/ui/t/$VIAGEN_AUTH_TOKEN"` beside curl calls to
that server, under a sentence saying the token may be passed as a path segment. It shows how to sign the browser
in, no route of its own (`opened_pages.py`); an `open` of a page with no secret in its path is still a GET."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations

DOC = """\
# Panel

## API

```
GET  /panel/ui     — the chat page
POST /panel/chat   — send a message
```

```bash
curl -X POST http://localhost:4000/panel/chat -d '{"message": "hi"}'
open "http://localhost:4000/panel/ui/t/$PANEL_AUTH_TOKEN"
open "http://localhost:4000/panel/board"
```
"""


def test_an_opened_url_carrying_a_secret_is_no_route(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert not [key for key in ops if key[1].startswith("/panel/ui/t")]


def test_an_opened_page_without_a_secret_is_a_get(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert ("GET", "/panel/board") in ops
