"""Routes listed with no method on a page that shows its requests only as resource-style client calls, in the
sixty-third registry batch (benchmarks/docs/registry_truth): `client.images.generations.create(...)` reaches the
listed `/v1/images/generations`, a POST; its list's siblings are POSTs too, except an item route (GET). A page
whose client calls reach no listed route keeps its reading."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations

DOC = """\
# Compatible server

## Supported APIs

- [Image API](#images) (`/v1/images/generations`)
- [Moderation API](#moderations) (`/v1/moderations`)
- [Jobs API](#jobs) (`/v1/jobs`, `/v1/jobs/{job_id}`)

## Images

```python
from openai import OpenAI
client = OpenAI(base_url="http://localhost:9000/v1", api_key="k")
image = client.images.generations.create(model="m", prompt="a cat")
```
"""

NEAR = """\
# Compatible server

## Supported APIs

- [Model API](#models) (`/v1/models`)
- [File API](#files) (`/v1/files`, `/v1/files/{file_id}`)

## Models

```python
from openai import OpenAI
client = OpenAI(base_url="http://localhost:9000/v1", api_key="k")
models = client.models.list()
```
"""


def test_routes_a_client_creates_through_are_posts(tmp_path: Path) -> None:
    ops = {(method, path.removeprefix("/v1")) for method, path in extracted_operations(tmp_path, DOC)}
    assert {("POST", "/images/generations"), ("POST", "/moderations"), ("POST", "/jobs")} <= ops
    assert ("GET", "/jobs/{job_id}") in ops
    assert ("GET", "/images/generations") not in ops


def test_a_page_whose_client_creates_nothing_listed_keeps_gets(tmp_path: Path) -> None:
    ops = {(method, path.removeprefix("/v1")) for method, path in extracted_operations(tmp_path, NEAR)}
    assert ("GET", "/models") in ops
    assert not any(method == "POST" for method, _ in ops)
