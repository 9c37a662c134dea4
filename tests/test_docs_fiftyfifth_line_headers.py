"""A header written in code beside a request line, in the fifty-fifth registry batch
(benchmarks/docs/registry_truth): "`POST /api/orders/` + header `Idempotency-Key: unique-key`" (the joining word
in the document's own language) over the JSON body. The coded `Name: value` is a header line the request sends.
A lower-case `key: value` beside a request line is no header, nor is a header further on in the sentence, after
what the request is answered ("answers `401` with a `WWW-Authenticate: ...` header")."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

PAGE = """\
# Orders

### Create an order
`POST /orders/` + header `Idempotency-Key: unique-key`
```json
{ "title": "first" }
```

### Cancel an order
`POST /orders/{id}/cancel/` with `reason: late` in the note

### Listing
`GET /orders/` needs credentials, and answers `401` with a `WWW-Authenticate: Basic realm="shop"` header otherwise.
"""


def test_a_coded_header_line_beside_the_request_line_is_its_header(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, PAGE)
    assert params_of(ops[("POST", "/orders/")]) == {("Idempotency-Key", "header"): False, ("title", "body"): False}


def test_a_lower_case_pair_or_a_header_further_on_is_no_header(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, PAGE)
    assert params_of(ops[("POST", "/orders/{id}/cancel/")]) == {("id", "path"): True}
    assert params_of(ops[("GET", "/orders/")]) == {}
