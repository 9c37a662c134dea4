"""Routes stated as a web framework's quoted URL regexes, in the fifty-fourth registry batch
(benchmarks/docs/registry_truth): code blocks that each open with a quoted pattern on its own line
(`'/books/(.*)/loans/(.*)'`, `'^/shelves/(?P<shelf>[^/]+)$'`), some followed by a `curl` against a concrete URL.
Each capture group is a path placeholder, named by its `?P<name>` or after the path word before it (singular;
`/list/book/readers/(.*)`: the book, an item other patterns name); the concrete
curl is the pattern's example (its method and body go to the route), not a route of its own; a pattern without an
example is GET, or the one method its examples' siblings (`/create/...`) all show. A lone quoted path in a program,
with no regex notation anywhere, states no route."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

PATTERNS = """\
```
'/books/(.*)/loans/(.*)'
     example usage:
          curl http://library.local:8080/books/9b1c2d3e/loans/77aa88bb
          Took 0.01 seconds.
```
```
'^/shelves/(?P<shelf>[^/]+)$'
```
```
'/create/book'
     example usage:
          curl -i -H "Content-Type: application/json" -X POST -d '{"title": "Dune"}' http://library.local:8080/create/book
```
```
'/create/shelf'
     example usage:
          curl -i -X POST -d '{"label": "A"}' http://library.local:8080/create/shelf
```
```
'/create/reader'
```
```
'/get/book/(.*)'
```
```
'/list/book/readers/(.*)'
```
```
'/list/books'
     example usage:
          curl http://library.local:8080/list/books
```
"""


def test_quoted_regex_patterns_are_routes_and_their_curls_examples(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, PATTERNS)
    assert set(ops) == {
        ("GET", "/books/{book}/loans/{loan}"),
        ("GET", "/get/book/{book}"),
        ("GET", "/list/book/readers/{book}"),
        ("GET", "/shelves/{shelf}"),
        ("POST", "/create/book"),
        ("POST", "/create/shelf"),
        ("POST", "/create/reader"),
        ("GET", "/list/books"),
    }
    assert params_of(ops[("GET", "/books/{book}/loans/{loan}")]) == {("book", "path"): True, ("loan", "path"): True}
    assert params_of(ops[("GET", "/shelves/{shelf}")]) == {("shelf", "path"): True}
    assert ("title", "body") in params_of(ops[("POST", "/create/book")])


def test_a_quoted_path_without_regex_notation_is_no_route(tmp_path: Path) -> None:
    text = """\
# Client

Check the server with `GET /status`.

```python
PREFIX = (
    '/books'
)
```

```
'/shelves'
```
"""
    assert set(extracted_operations(tmp_path, text)) == {("GET", "/status")}


def test_anchored_patterns_without_a_leading_slash(tmp_path: Path) -> None:
    text = """\
# Notes API

```
r'^api/notes/$'
```
```
r'^api/notes/(?P<pk>\\d+)/$'
    curl http://localhost:8000/api/notes/12/
```
"""
    ops = extracted_operations(tmp_path, text)
    assert set(ops) == {("GET", "/api/notes/"), ("GET", "/api/notes/{pk}/")}
    assert params_of(ops[("GET", "/api/notes/{pk}/")]) == {("pk", "path"): True}
