"""Operation headings written in Sphinx httpdomain's directive syntax inside Markdown, in the seventy-first
registry batch (benchmarks/docs/registry_truth): `## http:get:: /items/:item`, each over an example request on a
concrete value (`GET /items/lamp HTTP/1.1`). The heading is the request line of its template
(`directive_headings.py`); the example under it is that template's, not a route of its own. A heading that only
mentions the directive among words stays a title."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DIRECTIVES = """\
# Store REST Interface

## http:get:: /items

Lists the items.

```HTTP
GET /items HTTP/1.1
Host: localhost:8000
```

## http:get:: /items/:item

Gets one item.

```HTTP
GET /items/lamp HTTP/1.1
Host: localhost:8000
```

## http:post:: /orders/:item

Orders an item.

```HTTP
POST /orders/lamp HTTP/1.1
Host: localhost:8000

{"count": 2}
```
"""

WORDED = """\
# Store REST Interface

## Writing http:get:: /items in a page

Sphinx pages declare routes with a directive.

```HTTP
GET /items/lamp HTTP/1.1
Host: localhost:8000
```
"""


def test_directive_headings_are_request_lines(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DIRECTIVES)
    assert set(ops) == {("GET", "/items"), ("GET", "/items/{item}"), ("POST", "/orders/{item}")}
    assert params_of(ops[("GET", "/items/{item}")]) == {("item", "path"): True}


def test_a_heading_mentioning_a_directive_among_words_stays_a_title(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, WORDED)
    assert set(ops) == {("GET", "/items/lamp")}
