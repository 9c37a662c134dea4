"""A sentence that opens a URL of the API's own server in a browser to get something, in the fifty-eighth
registry batch (benchmarks/docs/registry_truth): "Open in browser http://localhost:5000/healthy to get DB
connection status." beside curl examples to http://localhost:5000 states `GET /healthy` (a browser sends GET; "to
get" says what the server answers). A URL on another host, or one opened to see a page, is no route."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations

OPENED = """\
# Shelf API

List books.

```
$ curl -X GET http://localhost:5000/api/books
```

## Testing

Open in browser http://localhost:5000 to get API status and version.

Open in browser http://localhost:5000/healthy to get DB connection status.

Open in browser http://localhost:5000/dashboard to see the charts.

Open in browser https://auth.example.com/token to get a token.
"""


def test_a_url_of_the_api_opened_to_get_something_is_a_read(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, OPENED, "README.md")
    assert {("GET", "/"), ("GET", "/healthy")} <= set(ops)


def test_a_page_to_see_or_another_host_is_no_route(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, OPENED, "README.md")
    assert set(ops) == {("GET", "/"), ("GET", "/healthy"), ("GET", "/api/books")}
