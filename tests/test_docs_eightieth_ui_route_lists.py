"""Pages of a web interface a heading introduces, in the eightieth registry batch
(benchmarks/docs/registry_truth): "## Web UI Routes" over bullets `` `/gen` — payload generator ``, in a
document that writes its API's requests with methods. Each coded path is a page a browser opens: a GET. A heading
that only says "Routes", or a list whose items are not coded paths, gives nothing."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations

DOC = """\
# Scanner

## {title}

* `/` — scan screen
* `/gen` — payload generator
* `/vault` — account management

## HTTP API

### Health

```http
GET /health
```

### Scan

```http
POST /scan
```
"""

PROSE = """\
# Scanner

## Web UI Routes

* the scan screen, at the root
* the generator page

## HTTP API

```http
GET /health
```
"""


def test_a_web_ui_heading_lists_pages_read_as_gets(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC.format(title="Web UI Routes"))
    assert set(ops) == {("GET", "/"), ("GET", "/gen"), ("GET", "/vault"), ("GET", "/health"), ("POST", "/scan")}


def test_a_plain_routes_heading_or_uncoded_items_give_no_page(tmp_path: Path) -> None:
    assert set(extracted_operations(tmp_path, DOC.format(title="Routes"))) == {("GET", "/health"), ("POST", "/scan")}
    assert set(extracted_operations(tmp_path, PROSE)) == {("GET", "/health")}
