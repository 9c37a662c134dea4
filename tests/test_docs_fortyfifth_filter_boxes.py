"""A route a diagram box states on its second line, in the forty-fifth registry batch
(benchmarks/docs/registry_truth): a Mermaid flowchart of a page's filter bar, each box a select control whose
label says, after an HTML line break, the request that fills it (`Source<br/>GET /api/hosts/options?type=source`,
`Target<br/>GET /api/hosts/options?type=target&local=0`).

The method after `<br/>` starts a request line like one at the start of a line. The two requests are examples of
one route with optional query parameters: a query that takes two values where the lines also show different
further names (`local` on one only) filters one route; it does not tell operations apart. Two lines giving one
query two values and nothing else (`?format=csv`, `?format=xml`) still name two operations, as before."""

from __future__ import annotations

from pathlib import Path

from mcpgen.diagnostics import Diagnostics
from mcpgen.ingest.docs import extract_openapi
from tests.operations import extracted_operations, params_of

FILTERS = """\
# Jobs page

```mermaid
flowchart LR
    header --> f1["<select> Source<br/>GET /api/hosts/options?type=source"]
    header --> f2["<select> Target<br/>GET /api/hosts/options?type=target&local=0"]
    header --> add["<b>add_button</b><br/>GET /ui/jobs/create"]
```
"""


def test_a_route_after_a_line_break_with_example_filters_is_one_route(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, FILTERS)
    assert set(ops) == {("GET", "/api/hosts/options"), ("GET", "/ui/jobs/create")}
    assert params_of(ops[("GET", "/api/hosts/options")]) == {("type", "query"): False, ("local", "query"): False}


EXPORTS = """\
# Reports

```
GET /reports/export?format=csv
GET /reports/export?format=xml
```
"""


def test_one_query_given_two_values_alone_still_names_two_operations(tmp_path: Path) -> None:
    doc = tmp_path / "README.md"
    doc.write_text(EXPORTS, encoding="utf-8")
    openapi = extract_openapi(doc, Diagnostics())
    assert set(openapi.get("x-ms-paths", {})) == {"/reports/export?format=csv", "/reports/export?format=xml"}
