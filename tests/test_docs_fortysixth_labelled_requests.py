"""A raw HTTP request whose code block labels its parts, in the forty-sixth registry batch
(benchmarks/docs/registry_truth): a bold caption over an ```http fence holding the request line, header lines,
then "Request Body:" over the JSON it sends and/or "Parameters:" over dash bullets, then "Response:" over what
comes back. A GET may give its bare request line and then the same path again with a query string: the query
keys are that operation's optional query parameters (a key glued to an angle placeholder with its `=` dropped,
`?shelf<shelf_id>`, still reads as key and value; a key run into a literal value, `?page1`, is left alone). The
body is the JSON under its caption, never the response under "Response:"; a block with a line of its own before
its first caption is no such request."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

LABELLED = """\
# Shelf API

## Books

**Add a book**
```http
POST /v1/books
Content-Type: application/json

Request Body:
{
  "title": "Dune",
  "author": "Herbert"
}

Response:
{
  "id": 1,
  "created": true
}
```

**List books**
```http
GET /v1/books
GET /v1/books?shelf=<shelf_id>&after=<book_id>

Parameters:
- shelf: Filter by shelf (optional)
- after: Pagination cursor
- limit: Results per page (default: 20)

Response:
{
  "books": []
}
```

**Find books**
```http
GET /v1/books/find
GET /v1/books/find?isbn<isbn>
GET /v1/books/find?page1

Response:
{
  "id": 1
}
```
"""


def test_labelled_parts_give_body_and_optional_query(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, LABELLED)
    assert set(ops) == {("POST", "/v1/books"), ("GET", "/v1/books"), ("GET", "/v1/books/find")}
    assert params_of(ops[("POST", "/v1/books")]) == {("title", "body"): False, ("author", "body"): False}
    listed = params_of(ops[("GET", "/v1/books")])
    assert listed == {("shelf", "query"): False, ("after", "query"): False, ("limit", "query"): False}
    assert params_of(ops[("GET", "/v1/books/find")]) == {("isbn", "query"): False}


UNLABELLED = """\
# Shelf API

**Add a book**
```http
POST /v1/books
Content-Type: application/json

Send the book as JSON.
Request Body:
{
  "title": "Dune"
}
```
"""


def test_a_line_before_the_first_caption_is_no_labelled_request(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, UNLABELLED)
    assert ("title", "body") not in params_of(ops[("POST", "/v1/books")])
