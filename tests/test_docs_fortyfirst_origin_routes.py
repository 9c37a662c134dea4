"""Routes a page states from the origin on both sides of its base URL's path, in the forty-first registry batch
(benchmarks/docs/registry_truth): SDK snippets point a client at `http://localhost:9000/v1`, while the page's
own route headings state `POST /v1/speak`, `GET /v1/voices` beside `GET /healthz`, `GET /stats`. The headings
that carry `/v1` show the routes are written in full; so `/healthz` is at the origin, not under `/v1`. A page
whose headings carry the base's path but one, that one could be relative to the base: the base stays."""

from __future__ import annotations

from pathlib import Path

from mcpgen.diagnostics import Diagnostics
from mcpgen.ingest.docs import extract_openapi
from tests.operations import extracted_operations

BOTH_WAYS = """\
# Speech server

Point any OpenAI client at `http://localhost:9000/v1`:

```python
client = OpenAI(base_url="http://localhost:9000/v1", api_key="x")
client.audio.speech.create(model="m", input="Hello")
```

## Endpoints

### `POST /v1/speak` — synthesize

Returns audio.

### `GET /v1/voices`

Lists the voices.

### `GET /healthz`

Liveness probe.

### `GET /stats` — counters

Server counters.
"""


def test_routes_written_with_and_without_the_base_path_are_from_the_origin(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, BOTH_WAYS)
    assert {("POST", "/v1/speak"), ("GET", "/v1/voices"), ("GET", "/healthz"), ("GET", "/stats")} <= set(ops)
    assert not any(path.startswith("/speak") or path == "/voices" for _, path in ops)
    doc = tmp_path / "again.md"
    doc.write_text(BOTH_WAYS, encoding="utf-8")
    assert [s["url"] for s in extract_openapi(doc, Diagnostics())["servers"]] == ["http://localhost:9000"]


RELATIVE = """\
# Speech server

All requests go to `http://localhost:9000/v1`:

```python
client = OpenAI(base_url="http://localhost:9000/v1", api_key="x")
```

## Endpoints

### `POST /v1/speak`

Returns audio.

### `GET /v1/voices`

Lists the voices.

### `GET /stats`

Server counters.
"""


def test_one_route_written_without_the_base_path_keeps_the_base(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, RELATIVE)
    assert {("POST", "/speak"), ("GET", "/voices"), ("GET", "/stats")} <= set(ops)
    doc = tmp_path / "again.md"
    doc.write_text(RELATIVE, encoding="utf-8")
    assert [s["url"] for s in extract_openapi(doc, Diagnostics())["servers"]] == ["http://localhost:9000/v1"]
