"""A route section defined by the route above but one parameter, in the fifty-seventh registry batch
(benchmarks/docs/registry_truth): "### 3. Batch variant — `GET /get-file-info/batch`", then "Same parameters, but
`trackIds=<id1,id2,...>` (comma-joined in the URL)". The batch route takes the query parameters of the route
above, with `trackIds` in the place of the single `trackId`. A section whose first words only mention parameters
("Some parameters, but ...") or say "same" of something else takes nothing from above."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

VARIANT = """\
# Media API notes

### 1. Stream URL — `GET /files/info`

```
GET /files/info?ts=<unix ts>&fileId=<id>&quality=<q>
```

### 2. Batch variant — `GET /files/info/batch`

Same parameters, but `fileIds=<id1,id2,...>` (comma-joined in the URL). Used for preloading.

### 3. Covers — `GET /covers`

Same response shape, but `size=<px>` picks the size.
"""


def _query(op: dict) -> set[str]:
    return {name for name, location in params_of(op) if location == "query"}


def test_same_parameters_but_one_takes_the_route_above(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, VARIANT)
    assert set(ops) == {("GET", "/files/info"), ("GET", "/files/info/batch"), ("GET", "/covers")}
    assert _query(ops[("GET", "/files/info/batch")]) == {"ts", "fileIds", "quality"}
    assert not _query(ops[("GET", "/covers")]) & {"ts", "fileId", "quality"}
