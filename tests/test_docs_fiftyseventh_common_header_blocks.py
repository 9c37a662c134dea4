"""A block of header lines stated once for every request in the fifty-seventh registry batch
(benchmarks/docs/registry_truth): reverse-engineering notes say "Common request headers (all of them matter):" over
a code block of aligned `Name: value` lines, then state their routes one by one. Each header is a header of every
route of the document, not required (the sentence does not say they must be sent), `Accept` and `User-Agent`
included (the document lists them as the API's own); the session `Cookie` among them is authentication, never an
argument. A block of header lines a sentence calls an answer's gives none."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

COMMON = """\
# Player API notes

## Endpoints

Base: `https://api.example.net`

Common request headers (all of them matter; a missing `X-Client` can yield 403):

```
User-Agent:      <browser UA>
Accept:          application/json
X-Client:        WebPlayer/2.0
X-Request-Id:    <random UUID>
Cookie:          <session cookies>
```

### 1. Song list — `GET /songs`

Returns the songs.

### 2. One song — `GET /songs/<id>`

Returns one song.
"""


def test_common_request_header_lines_go_with_every_route(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, COMMON)
    assert set(ops) == {("GET", "/songs"), ("GET", "/songs/{id}")}
    for op in ops.values():
        params = params_of(op)
        for name in ("User-Agent", "Accept", "X-Client", "X-Request-Id"):
            assert params.get((name, "header")) is False, (name, params)
        assert ("Cookie", "header") not in params


NOT_COMMON = """\
# Player API notes

Common response headers:

```
X-Served-At:      <time>
X-Cache-Status:   HIT
```

## Endpoints

### 1. Song list — `GET /songs`

Returns the songs.
"""


def test_answer_headers_are_no_parameters(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, NOT_COMMON)
    assert set(ops) == {("GET", "/songs")}
    assert not {name for name, location in params_of(ops[("GET", "/songs")]) if location == "header"}
