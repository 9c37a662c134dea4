"""A README in the sixtieth registry batch (benchmarks/docs/registry_truth) that gives each route a bold caption
over a fence holding only its request line, and one route the whole request as it goes on the wire: the request
line, a `Content-Type` header, a blank line and a JSON body. That block opens its operation as the lone request
lines do (a sibling route with its body fields), not an example request inside the route above it. A request line
over headers alone, with no body, is what an example of the route above may show and opens nothing."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

SHELF = """\
# Shelf server

## API

### Loans

**List loans:**
```http
GET /api/loans/
```
Returns every loan.

**Get a book's schema:**
```http
GET /api/books/{book_id}/schema
```
Returns the schema.

**Lend a book:**
```http
POST /api/loans/create
Content-Type: application/json

{
  "book_id": "b1",
  "reader": "ann",
  "options": {"days": 14}
}
```
Returns the loan.

**Loan stats:**
```http
GET /api/loans/stats
```
Returns counts.
"""


def test_a_full_raw_request_among_request_lines_states_its_route(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, SHELF)
    assert ("POST", "/api/loans/create") in ops
    assert params_of(ops[("POST", "/api/loans/create")]) == {
        ("book_id", "body"): False,
        ("reader", "body"): False,
        ("options", "body"): False,
    }
    assert len(ops) == 4


HEADERS_ONLY = """\
# Shelf server

### Books

**Get a book:**
```http
GET /api/books/{book_id}
```
Returns one book.

```http
GET /api/books/7
Accept: application/json
```

**Loan stats:**
```http
GET /api/loans/stats
```
Returns counts.
"""


def test_a_request_with_headers_alone_is_an_example_of_the_route_above(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, HEADERS_ONLY)
    assert set(ops) == {("GET", "/api/books/{book_id}"), ("GET", "/api/loans/stats")}
