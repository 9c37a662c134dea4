"""A shell command that opens one of the server's pages in the browser, in the forty-eighth registry batch
(benchmarks/docs/registry_truth): `open "http://localhost:8000/tasks/dashboard"` in a fence of curl commands to
http://localhost:8000/tasks. The browser fetches it with GET, a route of that server. An `open` of another site,
of the server's root or of a page outside the paths the curl commands call (its `/docs`), or in a document that
calls no server with curl, gives no route."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations

FENCE = """\
# Examples

```bash
uvicorn app:app --reload

curl -X POST "http://localhost:8000/orders?item=42"
curl "http://localhost:8000/orders"
open "http://localhost:8000/orders/board"
open "http://localhost:8000/docs"
open "http://localhost:8000/"
open "https://docs.example.org/guide"
```
"""


def test_an_opened_page_of_the_curl_server_is_a_get(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, FENCE)
    assert ("GET", "/orders/board") in ops
    assert not {("GET", "/guide"), ("GET", "/docs"), ("GET", "/")} & ops.keys()


def test_an_opened_page_without_curl_calls_is_no_route(tmp_path: Path) -> None:
    text = """\
# Quick start

The server answers `GET /orders`.

```bash
uvicorn app:app --reload
open "http://localhost:8000/orders/board"
```
"""
    ops = extracted_operations(tmp_path, text)
    assert ("GET", "/orders/board") not in ops
