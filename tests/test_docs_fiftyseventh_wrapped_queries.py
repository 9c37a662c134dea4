"""A request line whose query string is wrapped over indented `&name=value` lines, in the fifty-seventh registry
batch (benchmarks/docs/registry_truth): `GET /get-file-info?ts=<unix ts>&trackId=<id>&quality=<q>` in a code
block, then `    &codecs=flac%2Cmp3` and `    &transports=encraw&sign=<signature>` on the lines after it. The
continuation is the rest of the one request's query: every name is a query parameter of the route. Lines that
are not indented, or do not open with `&`, are not part of it."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

WRAPPED = """\
# Media API notes

### 1. Stream URL — `GET /files/info`

```
GET /files/info?ts=<unix ts>&id=<id>&quality=<q>
    &codecs=flac%2Cmp3%2Caac
    &transport=raw&sign=<signature>
```

Returns the download info.

### 2. Covers — `GET /covers/<id>`

```
GET /covers/<id>?size=<px>
&format is not a parameter here
```
"""


def test_indented_ampersand_lines_go_on_with_the_query(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, WRAPPED)
    assert set(ops) == {("GET", "/files/info"), ("GET", "/covers/{id}")}
    names = {name for name, location in params_of(ops[("GET", "/files/info")]) if location == "query"}
    assert names == {"ts", "id", "quality", "codecs", "transport", "sign"}
    assert {name for name, location in params_of(ops[("GET", "/covers/{id}")]) if location == "query"} == {"size"}
